using CareerCluster.Data;
using CareerCluster.Data.Search;
using CareerCluster.Web.Security;
using CareerCluster.Web.Seo;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Search;

[EnableRateLimiting(SecurityExtensions.SearchRateLimitPolicy)]
public sealed class IndexModel(SearchService search, CareersDbContext db) : SitePageModel
{
    public sealed record KindGroup(string Kind, string Heading, int Count, IReadOnlyList<SearchHit> Hits, string Singular, string Plural)
    {
        public string CountText => $"{Count} {(Count == 1 ? Singular : Plural)}";
    }

    public sealed record PopularLink(string Title, string Path);

    public string Query { get; private set; } = "";
    public bool TooLong { get; private set; }
    public SearchResults? Results { get; private set; }
    public IReadOnlyList<KindGroup> Groups { get; private set; } = [];
    public IReadOnlyList<PopularLink> Popular { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q?.Trim() ?? "";
        Meta = new PageMeta
        {
            Title = Query.Length == 0 ? "Search careers" : $"Search results for \u201c{Truncate(Query)}\u201d",
            Description = "Search health-science roles, pathways and questions in the US and the NHS.",
            Path = "/search",
            Breadcrumbs = [new("Home", "/"), new("Search", "/search")],
            NoIndex = true,
        };

        if (Query.Length > SearchQuery.MaxLength)
        {
            TooLong = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (Query.Length > 0)
        {
            Results = await search.SearchAsync(Query, cancellationToken);
            Groups = Kinds
                .Select(k => new KindGroup(k.Kind, k.Heading, Results.CountsByKind.GetValueOrDefault(k.Kind), Results.Hits.Where(h => h.Kind == k.Kind).ToList(), k.Singular, k.Plural))
                .Where(g => g.Count > 0)
                .ToList();
        }

        if (Results is null || Results.Total == 0)
        {
            Popular = await db.Pathways.OrderBy(p => p.Cluster.SortOrder).ThenBy(p => p.SortOrder)
                .Select(p => new PopularLink(p.Title, "/pathways/" + p.Slug))
                .ToListAsync(cancellationToken);
        }
    }

    public static string PathFor(SearchHit hit) => hit.Kind switch
    {
        "Role" => $"/roles/{hit.Slug}",
        "Pathway" => $"/pathways/{hit.Slug}",
        "Cluster" => $"/clusters/{hit.Slug}",
        _ => $"/faq#{hit.Slug}",
    };

    private static readonly (string Kind, string Heading, string Singular, string Plural)[] Kinds =
    [
        ("Role", "Roles", "role", "roles"),
        ("Pathway", "Pathways and areas", "pathway or area", "pathways and areas"),
        ("Cluster", "Career systems", "career system", "career systems"),
        ("Faq", "Questions", "question", "questions"),
    ];

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
