using CareerCluster.Content.Model;

namespace CareerCluster.Content.Loading;

/// <summary>The outcome of reading a content folder: the site when it is valid, and every problem found.</summary>
public sealed class ContentLoadResult
{
    public required ContentSite? Site { get; init; }
    public required IReadOnlyList<ContentDiagnostic> Diagnostics { get; init; }
    public required int FilesChecked { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
    public bool Succeeded => Site is not null;
}
