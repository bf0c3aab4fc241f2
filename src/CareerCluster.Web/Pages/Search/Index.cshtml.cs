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
    public sealed record KindGroup(SearchKind Kind, SearchKindResults Results)
    {
        /// <summary>"12", or "1,000+" when there were more matches than were counted.</summary>
        public string ShortCount => Results.MoreThanCount ? $"{Results.Count:N0}+" : $"{Results.Count:N0}";

        public string CountText => Results.MoreThanCount
            ? $"more than {Results.Count:N0} {Kind.Plural}"
            : $"{Results.Count:N0} {(Results.Count == 1 ? Kind.Singular : Kind.Plural)}";

        public bool HasMore => Results.MoreThanCount || Results.Count > Results.Hits.Count;
    }

    public sealed record PopularLink(string Title, string Path);

    public string Query { get; private set; } = "";
    public bool TooLong { get; private set; }
    public SearchKind? OnlyKind { get; private set; }
    public SearchResults? Results { get; private set; }
    public IReadOnlyList<KindGroup> Groups { get; private set; } = [];
    public IReadOnlyList<PopularLink> Popular { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? kind, CancellationToken cancellationToken)
    {
        Query = q?.Trim() ?? "";
        OnlyKind = SearchKind.FromParameter(kind);
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
            Results = await search.SearchAsync(new SearchRequest(Query, OnlyKind?.Kind), cancellationToken);
            // A question ("what can I do without a degree?") is best answered by the questions, so they lead.
            var asked = Results.LeftOut.Count > 0;
            Groups = SearchKind.All
                .Select(k => (Kind: k, Results: Results.Kinds.FirstOrDefault(r => r.Kind == k.Kind)))
                .Where(g => g.Results is { Count: > 0 })
                .Select(g => new KindGroup(g.Kind, g.Results!))
                .OrderByDescending(g => asked && g.Kind.Kind == "Faq")
                .ToList();
        }

        if (Results is null || Results.Total == 0)
        {
            Popular = await db.Pathways.OrderBy(p => p.Cluster.SortOrder).ThenBy(p => p.SortOrder)
                .Select(p => new PopularLink(p.Title, "/pathways/" + p.Slug))
                .ToListAsync(cancellationToken);
        }
    }

    public string MoreLink(KindGroup group) => $"/search?q={Uri.EscapeDataString(Query)}&kind={group.Kind.Parameter}";

    public string AllKindsLink => $"/search?q={Uri.EscapeDataString(Query)}";

    public static string PathFor(SearchHit hit) => hit.Kind switch
    {
        "Role" => $"/roles/{hit.Slug}",
        "Pathway" => $"/pathways/{hit.Slug}",
        "Cluster" => $"/clusters/{hit.Slug}",
        _ => $"/faq#{hit.Slug}",
    };

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
