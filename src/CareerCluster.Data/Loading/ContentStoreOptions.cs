namespace CareerCluster.Data.Loading;

public sealed class ContentStoreOptions
{
    /// <summary>The content folder (absolute).</summary>
    public string ContentPath { get; set; } = "";

    /// <summary>The configured database file; each content version is built beside it under a hashed name.</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>Drafts are served in Development only.</summary>
    public bool IncludeDrafts { get; set; }
}
