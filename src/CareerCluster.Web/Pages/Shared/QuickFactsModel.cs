namespace CareerCluster.Web.Pages.Shared;

public sealed record PayFact(decimal Amount, string Currency, string Period, string? Occupation, string? SourceName);

public sealed record PathwayFact(string Title, string Path, string ClusterTitle, string ClusterPath);

public sealed record QuickFactsModel(
    string? Education,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> WorkSettings,
    PayFact? Pay,
    PathwayFact? Pathway);
