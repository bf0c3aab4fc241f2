namespace CareerCluster.Web.Seo;

public sealed record Breadcrumb(string Label, string Path);

/// <summary>What the layout needs to know about a page: title, description, canonical path, breadcrumbs, review date, structured data.</summary>
public sealed class PageMeta
{
    public required string Title { get; init; }
    public required string Description { get; init; }

    /// <summary>The canonical path (lowercase, no trailing slash); the layout makes it absolute.</summary>
    public required string Path { get; init; }

    /// <summary>From the home page down to this page, this page last.</summary>
    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];

    public string OpenGraphType { get; init; } = "website";
    /// <summary>
    /// When the facts shown were last reviewed. A page that gathers several files shows the oldest of
    /// their dates, so "next review due" is never later than the stalest fact on it.
    /// </summary>
    public DateOnly? LastReviewed { get; init; }

    /// <summary>JSON-LD objects beyond the BreadcrumbList every page gets.</summary>
    public IReadOnlyList<object> StructuredData { get; init; } = [];

    /// <summary>"us" or "uk": lets the design tell the two systems apart.</summary>
    public string? Region { get; init; }

    public bool NoIndex { get; init; }
}
