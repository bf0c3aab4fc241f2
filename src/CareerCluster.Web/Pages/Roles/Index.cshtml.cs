using CareerCluster.Data;
using CareerCluster.Web.Caching;
using CareerCluster.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Roles;

/// <summary>Every role, grouped by cluster and pathway, narrowed by GET filters so any view is a shareable link.</summary>
[CachedPage]
public sealed class IndexModel(CareersDbContext db) : SitePageModel
{
    public sealed record RoleRow(string Slug, string Title, string Summary, decimal? PayAmount, string? PayCurrency, string? PayPeriod);

    public sealed record PathwayGroup(string Slug, string Title, IReadOnlyList<RoleRow> Roles);

    public sealed record ClusterGroup(string Slug, string Title, string Region, IReadOnlyList<PathwayGroup> Pathways);

    public sealed record Option(string Value, string Label);

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cluster { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pathway { get; set; }
    [BindProperty(SupportsGet = true)] public string? Setting { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pay { get; set; }

    public IReadOnlyList<ClusterGroup> Groups { get; private set; } = [];
    public int Count { get; private set; }
    public IReadOnlyList<string> Notices { get; private set; } = [];
    public IReadOnlyList<Option> Regions { get; } = [new("US", "US"), new("UK", "UK (NHS)")];
    public IReadOnlyList<Option> Clusters { get; private set; } = [];
    public IReadOnlyList<Option> Pathways { get; private set; } = [];
    public IReadOnlyList<string> Settings { get; private set; } = [];
    public bool IsFiltered => Region is not null || Cluster is not null || Pathway is not null || Setting is not null || Pay is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Clusters = await db.Clusters.OrderBy(c => c.SortOrder).Select(c => new Option(c.Slug, c.Title)).ToListAsync(cancellationToken);
        Pathways = await db.Pathways.OrderBy(p => p.Cluster.SortOrder).ThenBy(p => p.SortOrder).Select(p => new Option(p.Slug, p.Title)).ToListAsync(cancellationToken);
        var allSettings = await db.Roles.Select(r => r.WorkSettings).ToListAsync(cancellationToken);
        Settings = allSettings.SelectMany(s => s).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var notices = new List<string>();
        Region = Known(Region, Regions.Select(r => r.Value), "region", notices);
        Cluster = Known(Cluster, Clusters.Select(c => c.Value), "cluster", notices);
        Pathway = Known(Pathway, Pathways.Select(p => p.Value), "pathway", notices);
        Setting = Known(Setting, Settings, "work setting", notices);
        Pay = Known(Pay, ["yes"], "pay filter", notices);
        Notices = notices;

        var roles = db.Roles.AsQueryable();
        if (Region is not null)
        {
            roles = roles.Where(r => r.Pathway.Cluster.Region == Region);
        }

        if (Cluster is not null)
        {
            roles = roles.Where(r => r.Pathway.Cluster.Slug == Cluster);
        }

        if (Pathway is not null)
        {
            roles = roles.Where(r => r.Pathway.Slug == Pathway);
        }

        if (Setting is not null)
        {
            roles = roles.Where(r => r.WorkSettings.Contains(Setting));
        }

        if (Pay is not null)
        {
            roles = roles.Where(r => r.MedianPayAmount != null);
        }

        var rows = await roles
            .OrderBy(r => r.Pathway.Cluster.SortOrder).ThenBy(r => r.Pathway.Cluster.Title)
            .ThenBy(r => r.Pathway.SortOrder).ThenBy(r => r.Pathway.Title)
            .ThenBy(r => r.SortOrder).ThenBy(r => r.Title)
            .Select(r => new
            {
                ClusterSlug = r.Pathway.Cluster.Slug,
                ClusterTitle = r.Pathway.Cluster.Title,
                r.Pathway.Cluster.Region,
                PathwaySlug = r.Pathway.Slug,
                PathwayTitle = r.Pathway.Title,
                r.LastReviewed,
                Row = new RoleRow(r.Slug, r.Title, r.Summary, r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod),
            })
            .ToListAsync(cancellationToken);
        Count = rows.Count;
        Groups = rows.GroupBy(r => (r.ClusterSlug, r.ClusterTitle, r.Region))
            .Select(c => new ClusterGroup(c.Key.ClusterSlug, c.Key.ClusterTitle, c.Key.Region, c
                .GroupBy(r => (r.PathwaySlug, r.PathwayTitle))
                .Select(p => new PathwayGroup(p.Key.PathwaySlug, p.Key.PathwayTitle, p.Select(r => r.Row).ToList()))
                .ToList()))
            .ToList();

        Meta = new PageMeta
        {
            Title = "All roles",
            Description = "Every health-science role on the site, in the US Health Science career cluster and NHS healthcare science, with filters.",
            Path = "/roles",
            Breadcrumbs = [new("Home", "/"), new("All roles", "/roles")],
            LastReviewed = rows.Count == 0 ? null : rows.Min(r => r.LastReviewed),
        };
    }

    /// <summary>Unknown filter values are dropped with a notice rather than failing the page.</summary>
    private static string? Known(string? value, IEnumerable<string> allowed, string name, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            notices.Add($"Ignored the unknown {name} \u201c{(value.Length > 60 ? value[..60] + "…" : value)}\u201d.");
        }

        return match;
    }
}
