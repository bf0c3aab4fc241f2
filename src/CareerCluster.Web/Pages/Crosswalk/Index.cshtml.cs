using CareerCluster.Data;
using CareerCluster.Web.Caching;
using CareerCluster.Web.Seo;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Crosswalk;

/// <summary>US pathways paired with NHS areas through the roles editors marked as related.</summary>
[CachedPage]
public sealed class IndexModel(CareersDbContext db) : SitePageModel
{
    public sealed record RolePair(string UsSlug, string UsTitle, string UkSlug, string UkTitle);

    public sealed record Row(string UsPathwaySlug, string UsPathwayTitle, string UkPathwaySlug, string UkPathwayTitle, IReadOnlyList<RolePair> Pairs);

    public sealed record Unpaired(string Slug, string Title, string Region);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Unpaired> WithoutEquivalent { get; private set; } = [];

    /// <summary>Every NHS role's crosswalk pair with its reason, in NHS order.</summary>
    public IReadOnlyList<CrosswalkQuery.Pair> Pairs { get; private set; } = [];

    /// <summary>The same pairs from the US side: each US occupation with the NHS roles that name it.</summary>
    public IReadOnlyList<IGrouping<(string OnetCode, string OccupationTitle, string? UsSlug, string? UsTitle), CrosswalkQuery.Pair>> ByUsOccupation { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pairs = await CrosswalkQuery.AllAsync(db, cancellationToken);
        ByUsOccupation = Pairs.GroupBy(p => (p.OnetCode, p.OccupationTitle, p.UsSlug, p.UsTitle))
            .OrderBy(g => g.Key.UsTitle ?? g.Key.OccupationTitle, StringComparer.OrdinalIgnoreCase)
            .ToList();

        // Links are stored both ways; keeping the US -> UK direction lists each pair once.
        var links = await db.RoleLinks
            .Where(l => db.Roles.Any(r => r.Id == l.RoleId && r.Pathway.Cluster.Region == "US") && l.RelatedRole.Pathway.Cluster.Region == "UK")
            .Select(l => new
            {
                Us = db.Roles.Where(r => r.Id == l.RoleId).Select(r => new { r.Slug, r.Title, PathwaySlug = r.Pathway.Slug, PathwayTitle = r.Pathway.Title, r.Pathway.SortOrder, r.LastReviewed }).First(),
                Uk = new { l.RelatedRole.Slug, l.RelatedRole.Title, PathwaySlug = l.RelatedRole.Pathway.Slug, PathwayTitle = l.RelatedRole.Pathway.Title, l.RelatedRole.Pathway.SortOrder, l.RelatedRole.LastReviewed },
            })
            .ToListAsync(cancellationToken);

        Rows = links
            .GroupBy(l => (l.Us.PathwaySlug, l.Us.PathwayTitle, UsOrder: l.Us.SortOrder, l.Uk.PathwaySlug, l.Uk.PathwayTitle, UkOrder: l.Uk.SortOrder))
            .OrderBy(g => g.Key.UsOrder).ThenBy(g => g.Key.Item2).ThenBy(g => g.Key.UkOrder).ThenBy(g => g.Key.Item5)
            .Select(g => new Row(g.Key.Item1, g.Key.Item2, g.Key.Item4, g.Key.Item5,
                g.OrderBy(l => l.Us.Title).ThenBy(l => l.Uk.Title).Select(l => new RolePair(l.Us.Slug, l.Us.Title, l.Uk.Slug, l.Uk.Title)).ToList()))
            .ToList();

        var paired = Rows.SelectMany(r => new[] { r.UsPathwaySlug, r.UkPathwaySlug }).ToHashSet();
        var pathways = await db.Pathways.OrderBy(p => p.Cluster.SortOrder).ThenBy(p => p.SortOrder)
            .Select(p => new Unpaired(p.Slug, p.Title, p.Cluster.Region))
            .ToListAsync(cancellationToken);
        WithoutEquivalent = pathways.Where(p => !paired.Contains(p.Slug)).ToList();

        Meta = new PageMeta
        {
            Title = "US pathways and NHS areas compared",
            Description = "A crosswalk between the US Health Science career cluster and NHS healthcare science: which pathways and roles are equivalents.",
            Path = "/crosswalk",
            Breadcrumbs = [new("Home", "/"), new("US and NHS compared", "/crosswalk")],
            LastReviewed = links.Count == 0 ? null : links.Min(l => l.Us.LastReviewed < l.Uk.LastReviewed ? l.Us.LastReviewed : l.Uk.LastReviewed),
        };
    }
}
