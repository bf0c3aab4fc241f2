using System.Globalization;
using CareerCluster.Data;
using CareerCluster.Web.Caching;
using CareerCluster.Web.Pages.Shared;
using CareerCluster.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Roles;

/// <summary>Every role, grouped by cluster and pathway, narrowed by GET filters so any view is a shareable link.</summary>
[CachedPage]
public sealed class IndexModel(CareersDbContext db) : SitePageModel
{
    public sealed record RoleRow(string Slug, string Title, string Summary, decimal? PayAmount, string? PayCurrency, string? PayPeriod, OccupationFigures? Figures, IReadOnlyList<string> Bands);

    public sealed record PathwayGroup(string Slug, string Title, IReadOnlyList<RoleRow> Roles);

    public sealed record ClusterGroup(string Slug, string Title, string Region, IReadOnlyList<PathwayGroup> Pathways);

    public sealed record Option(string Value, string Label);

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cluster { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pathway { get; set; }
    [BindProperty(SupportsGet = true)] public string? Setting { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pay { get; set; }
    [BindProperty(SupportsGet = true)] public string? Education { get; set; }
    [BindProperty(SupportsGet = true)] public string? Zone { get; set; }
    [BindProperty(SupportsGet = true)] public string? Interest { get; set; }
    [BindProperty(SupportsGet = true)] public string? Growth { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    /// <summary>An Agenda for Change band: only NHS roles paid in it.</summary>
    [BindProperty(SupportsGet = true)] public string? Band { get; set; }

    /// <summary>The bands NHS roles are on, in Agenda for Change order.</summary>
    public IReadOnlyList<string> Bands { get; private set; } = [];

    public IReadOnlyList<ClusterGroup> Groups { get; private set; } = [];
    public int Count { get; private set; }
    public IReadOnlyList<string> Notices { get; private set; } = [];
    public IReadOnlyList<Option> Regions { get; } = [new("US", "US"), new("UK", "UK (NHS)")];
    public IReadOnlyList<Option> Clusters { get; private set; } = [];
    public IReadOnlyList<Option> Pathways { get; private set; } = [];
    public IReadOnlyList<string> Settings { get; private set; } = [];
    public IReadOnlyList<string> EducationLevels { get; private set; } = [];
    public IReadOnlyList<Option> Zones { get; private set; } = [];
    public IReadOnlyList<Option> Interests { get; private set; } = [];
    public IReadOnlyList<Option> GrowthBands { get; private set; } = [];
    public IReadOnlyList<Option> Sorts { get; } = [new("pay", "Median pay, highest first"), new("growth", "Projected growth, highest first")];
    public FigureSources Sources { get; private set; } = new(null, null, null);

    /// <summary>Every matching role in the chosen order when sorted (roles without the figure last), instead of grouped.</summary>
    public IReadOnlyList<RoleRow> SortedRoles { get; private set; } = [];

    public bool IsFiltered => Region is not null || Cluster is not null || Pathway is not null || Setting is not null || Pay is not null
        || Education is not null || Zone is not null || Interest is not null || Growth is not null || Sort is not null || Band is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Clusters = await db.Clusters.OrderBy(c => c.SortOrder).Select(c => new Option(c.Slug, c.Title)).ToListAsync(cancellationToken);
        Pathways = await db.Pathways.OrderBy(p => p.Cluster.SortOrder).ThenBy(p => p.SortOrder).Select(p => new Option(p.Slug, p.Title)).ToListAsync(cancellationToken);
        var allSettings = await db.Roles.Select(r => r.WorkSettings).ToListAsync(cancellationToken);
        Settings = allSettings.SelectMany(s => s).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var usedBands = (await db.Roles.Select(r => r.PayBands).ToListAsync(cancellationToken)).SelectMany(b => b).ToHashSet(StringComparer.Ordinal);
        Bands = CareerCluster.Content.Parsing.FrontMatterSchema.AgendaForChangeBands.Where(usedBands.Contains).ToList();
        var notices = new List<string>();
        Region = Known(Region, Regions.Select(r => r.Value), "region", notices);
        Cluster = Known(Cluster, Clusters.Select(c => c.Value), "cluster", notices);
        Pathway = Known(Pathway, Pathways.Select(p => p.Value), "pathway", notices);
        Setting = Known(Setting, Settings, "work setting", notices);
        Pay = Known(Pay, ["yes"], "pay filter", notices);
        Sources = await FigureSources.LoadAsync(db, cancellationToken);
        EducationLevels = (await db.Occupations.Where(o => o.EntryEducation != null).Select(o => o.EntryEducation!).Distinct().ToListAsync(cancellationToken))
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        Zones = await db.JobZones.OrderBy(z => z.Zone).Select(z => new Option(z.Zone.ToString(CultureInfo.InvariantCulture), z.Zone + ": " + z.Name)).ToListAsync(cancellationToken);
        Interests = (await db.InterestTypes.Select(i => new Option(i.Letter, i.Name)).ToListAsync(cancellationToken))
            .OrderBy(i => "RIASEC".IndexOf(i.Value, StringComparison.Ordinal)).ToList();
        var all = Sources.AllOccupationsChange is { } allPercent ? Display.Percent(allPercent) : "all occupations";
        GrowthBands =
        [
            new("faster", $"Faster than all occupations (over {all})"),
            new("slower", $"Growing, but no faster than all occupations (up to {all})"),
            new("declining", "Declining"),
        ];
        Education = Known(Education, EducationLevels, "education level", notices);
        Zone = Known(Zone, Zones.Select(z => z.Value), "job zone", notices);
        Interest = Known(Interest, Interests.Select(i => i.Value), "interest", notices);
        Growth = Known(Growth, GrowthBands.Select(g => g.Value), "growth band", notices);
        Sort = Known(Sort, Sorts.Select(s => s.Value), "sort order", notices);
        Band = Known(Band, Bands, "pay band", notices);
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

        if (Education is not null)
        {
            roles = roles.Where(r => r.Occupation!.EntryEducation == Education);
        }

        if (Zone is not null)
        {
            var zone = int.Parse(Zone, CultureInfo.InvariantCulture);
            roles = roles.Where(r => r.Occupation!.JobZone == zone);
        }

        if (Interest is not null)
        {
            roles = roles.Where(r => r.Occupation!.InterestHighPoints!.Contains(Interest));
        }

        if (Growth is not null)
        {
            var allChange = Sources.AllOccupationsChange ?? 0m;
            roles = Growth switch
            {
                "faster" => roles.Where(r => r.Occupation!.EmploymentChangePercent > allChange),
                "slower" => roles.Where(r => r.Occupation!.EmploymentChangePercent >= 0m && r.Occupation!.EmploymentChangePercent <= allChange),
                _ => roles.Where(r => r.Occupation!.EmploymentChangePercent < 0m),
            };
        }

        if (Band is not null)
        {
            roles = roles.Where(r => r.PayBands.Contains(Band));
        }

        var raw = await roles
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
                r.Slug,
                r.Title,
                r.Summary,
                r.MedianPayAmount,
                r.MedianPayCurrency,
                r.MedianPayPeriod,
                Median = (decimal?)r.Occupation!.AnnualMedian,
                TopCoded = r.Occupation!.WagesAtOrAbove,
                Change = (decimal?)r.Occupation!.EmploymentChangePercent,
                r.PayBands,
            })
            .ToListAsync(cancellationToken);
        var rows = raw.Select(r => new
        {
            r.ClusterSlug,
            r.ClusterTitle,
            r.Region,
            r.PathwaySlug,
            r.PathwayTitle,
            r.LastReviewed,
            Row = new RoleRow(r.Slug, r.Title, r.Summary, r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod,
                r.Median is null && r.Change is null ? null : new OccupationFigures(r.Median, r.TopCoded?.Contains("AnnualMedian") == true, r.Change),
                r.PayBands),
        }).ToList();
        SortedRoles = Sort switch
        {
            "pay" => rows.Select(r => r.Row).OrderBy(r => r.Figures?.Median is null).ThenByDescending(r => r.Figures?.Median).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList(),
            "growth" => rows.Select(r => r.Row).OrderBy(r => r.Figures?.Growth is null).ThenByDescending(r => r.Figures?.Growth).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList(),
            _ => [],
        };
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
