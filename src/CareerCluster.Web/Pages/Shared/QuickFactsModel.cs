namespace CareerCluster.Web.Pages.Shared;

/// <param name="Estimate">An undated, approximate figure from an article: shown as "around" and as the article's.</param>
public sealed record PayFact(decimal Amount, string Currency, string Period, string? Occupation, string? SourceName, bool Estimate = false);

public sealed record PathwayFact(string Title, string Path, string ClusterTitle, string ClusterPath);

public sealed record QuickFactsModel(
    string? Education,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> WorkSettings,
    PayFact? Pay,
    PathwayFact? Pathway);
