namespace CareerCluster.Web.Pages.Search;

/// <summary>A kind of page in the search results, with its headings and its <c>kind=</c> URL value.</summary>
public sealed record SearchKind(string Kind, string Parameter, string Heading, string Singular, string Plural)
{
    public static readonly IReadOnlyList<SearchKind> All =
    [
        new("Role", "role", "Roles", "role", "roles"),
        new("Pathway", "pathway", "Pathways and areas", "pathway or area", "pathways and areas"),
        new("Cluster", "cluster", "Career systems", "career system", "career systems"),
        new("Faq", "faq", "Questions", "question", "questions"),
    ];

    /// <summary>The kind a <c>kind=</c> value names; anything else (missing, unknown, hostile) means every kind.</summary>
    public static SearchKind? FromParameter(string? value) =>
        All.FirstOrDefault(k => string.Equals(k.Parameter, value?.Trim(), StringComparison.OrdinalIgnoreCase));

    public string Id => "results-" + Parameter;
}
