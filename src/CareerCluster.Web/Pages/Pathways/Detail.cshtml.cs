using CareerCluster.Data;
using CareerCluster.Data.Entities;
using CareerCluster.Web.Caching;
using CareerCluster.Web.Pages.Shared;
using CareerCluster.Web.Routing;
using CareerCluster.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Pathways;

[CachedPage]
public sealed class DetailModel(CareersDbContext db) : SitePageModel
{
    /// <summary>
    /// One occupation of the pathway: a role in its folder, or a role elsewhere whose O*NET occupation the Career
    /// Clusters listing puts in this pathway (<see cref="HomePathway"/> then names where its page lives).
    /// </summary>
    public sealed record RoleItem(string Slug, string Title, decimal? PayAmount, string? PayCurrency, string? PayPeriod, OccupationFigures? Figures, string? HomePathway)
    {
        /// <summary>An NHS role's Agenda for Change band(s), when its cited page states them.</summary>
        public IReadOnlyList<string> Bands { get; init; } = [];
    }

    public sealed record SortOption(string? Value, string Label);

    public static readonly IReadOnlyList<SortOption> SortOptions =
    [
        new(null, "Editors' order"),
        new("pay", "Median pay, highest first"),
        new("growth", "Growth, highest first"),
        new("title", "Title, A to Z"),
    ];

    public const string TableId = "occupations-table";

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public Pathway Pathway { get; private set; } = null!;
    public IReadOnlyList<RoleItem> Roles { get; private set; } = [];
    public IReadOnlyList<PayBar> PayBars { get; private set; } = [];

    /// <summary>True when any listed role has an O*NET occupation: the list then shows the BLS figures.</summary>
    public bool HasOccupationData { get; private set; }
    public string PayHeading { get; private set; } = "";
    public string GrowthHeading { get; private set; } = "";
    public OccupationPayChartModel? PayChart { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var pathway = await db.Pathways.Include(p => p.Cluster).FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (pathway is null)
        {
            return await this.MovedOrNotFoundAsync(db, "pathways", slug, cancellationToken);
        }

        Pathway = pathway;
        // Only scalar figures are read (never a whole Occupation), and decimals are compared in memory:
        // SQLite keeps them as text. The lists are small (a pathway's roles, and the few roles with an occupation).
        var own = (await db.Roles.Where(r => r.PathwayId == pathway.Id)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Title)
            .Select(r => new
            {
                r.Slug, r.Title, r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod, r.PayBands,
                HasOccupation = r.Occupation != null,
                Median = (decimal?)r.Occupation!.AnnualMedian,
                TopCoded = r.Occupation!.WagesAtOrAbove,
                Change = (decimal?)r.Occupation!.EmploymentChangePercent,
            })
            .ToListAsync(cancellationToken))
            .Select(r => (Item: new RoleItem(r.Slug, r.Title, r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod, Figures(r.HasOccupation, r.Median, r.TopCoded, r.Change), null) { Bands = r.PayBands }, r.HasOccupation))
            .ToList();
        var listedHere = (await db.Roles.Where(r => r.PathwayId != pathway.Id && r.Occupation != null)
            .Select(r => new
            {
                r.Slug, r.Title, r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod,
                Listed = r.Occupation!.ListedPathways,
                Median = (decimal?)r.Occupation!.AnnualMedian,
                TopCoded = r.Occupation!.WagesAtOrAbove,
                Change = (decimal?)r.Occupation!.EmploymentChangePercent,
                Home = r.Pathway.Title,
            })
            .ToListAsync(cancellationToken))
            .Where(r => r.Listed.Any(name => IsThisPathway(name, pathway.Title)))
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .Select(r => new RoleItem(r.Slug, r.Title, r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod, Figures(true, r.Median, r.TopCoded, r.Change), r.Home))
            .ToList();

        var all = own.Select(r => r.Item).Concat(listedHere).ToList();
        HasOccupationData = listedHere.Count > 0 || own.Any(r => r.HasOccupation);
        Sort = SortOptions.Select(o => o.Value).FirstOrDefault(v => v is not null && string.Equals(v, Sort?.Trim(), StringComparison.OrdinalIgnoreCase));
        Roles = Sort switch
        {
            "pay" => [.. all.OrderBy(r => r.Figures?.Median is null).ThenByDescending(r => r.Figures?.Median).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)],
            "growth" => [.. all.OrderBy(r => r.Figures?.Growth is null).ThenByDescending(r => r.Figures?.Growth).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)],
            "title" => [.. all.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)],
            _ => all,
        };

        if (HasOccupationData)
        {
            var sources = await FigureSources.LoadAsync(db, cancellationToken);
            var oews = sources.OewsRelease is null ? "BLS OEWS" : $"BLS OEWS, {sources.OewsRelease}";
            PayHeading = $"Median pay ({oews})";
            GrowthHeading = sources.GrowthHeading;
            var bars = all.Where(r => r.Figures?.Median is not null)
                .OrderByDescending(r => r.Figures!.Median).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
                .Select(r => new OccupationPayBar(r.Title, r.Figures!.Median!.Value, r.Figures.MedianText!))
                .ToList();
            PayChart = bars.Count == 0 ? null : new OccupationPayChartModel(
                $"Median annual pay by occupation in {pathway.Title}, highest first ({oews}).",
                TableId, "occupations", bars);
        }
        else
        {
            // No occupation data (the NHS side): the roles' own cited median pay, as before.
            PayBars = all.Where(r => r.PayAmount is not null)
                .Select(r => new PayBar(r.Title, $"/roles/{r.Slug}", r.PayAmount!.Value, r.PayCurrency!, r.PayPeriod!))
                .ToList();
        }

        Meta = new PageMeta
        {
            Title = pathway.Title,
            Description = pathway.Summary,
            Path = $"/pathways/{pathway.Slug}",
            Breadcrumbs =
            [
                new("Home", "/"),
                new(pathway.Cluster.Title, $"/clusters/{pathway.Cluster.Slug}"),
                new(pathway.Title, $"/pathways/{pathway.Slug}"),
            ],
            LastReviewed = pathway.LastReviewed,
            Region = pathway.Cluster.Region.ToLowerInvariant(),
        };
        return Page();
    }

    /// <summary>The listing's pathway name against the site's pathway title ("Therapeutic Services" ~ "Therapeutic services").</summary>
    public static bool IsThisPathway(string listedName, string pathwayTitle) =>
        string.Equals(listedName.Trim(), pathwayTitle.Trim(), StringComparison.OrdinalIgnoreCase);

    private static OccupationFigures? Figures(bool hasOccupation, decimal? median, List<string>? topCoded, decimal? change) =>
        !hasOccupation || (median is null && change is null) ? null
            : new OccupationFigures(median, topCoded?.Contains(nameof(Occupation.AnnualMedian)) == true, change);
}
