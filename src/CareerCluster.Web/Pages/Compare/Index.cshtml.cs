using System.Globalization;
using CareerCluster.Data;
using CareerCluster.Data.Entities;
using CareerCluster.Web.Caching;
using CareerCluster.Web.Pages.Shared;
using CareerCluster.Web.Seo;
using CareerCluster.Web.Sharing;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Compare;

/// <summary>2 to 4 roles side by side; the URL is the shortlist, so nothing is stored on the server.</summary>
[CachedPage]
public sealed class IndexModel(CareersDbContext db, SiteUrls urls, QrCodes qrCodes) : SitePageModel
{
    public sealed record Column(
        string Slug, string Title, string ClusterTitle, string Region, string PathwayTitle, string PathwaySlug,
        string? Education, IReadOnlyList<string> Skills, IReadOnlyList<string> WorkSettings,
        decimal? PayAmount, string? PayCurrency, string? PayPeriod, string? PayOccupation, string? SourceName, DateOnly LastReviewed,
        BandPayFact? BandPay);

    /// <summary>A row of US occupation figures, one value per compared role ("No figure" where the data has none).</summary>
    public sealed record DataRow(string Label, IReadOnlyList<string> Values);

    public sealed record RoleOption(string Slug, string Title, string Region);

    public Shortlist Shortlist { get; private set; } = null!;
    public IReadOnlyList<Column> Columns { get; private set; } = [];
    public IReadOnlyList<RoleOption> Available { get; private set; } = [];
    public PayBarsModel? PayChart { get; private set; }
    public IReadOnlyList<DataRow> DataRows { get; private set; } = [];
    public FigureSources Sources { get; private set; } = new(null, null, null);
    public string ShareUrl { get; private set; } = "";
    public string? ShareQrSvg { get; private set; }
    /// <summary>True when NHS bands (GBP) and US medians (USD) sit side by side.</summary>
    public bool MixesSystems => Columns.Any(c => c.BandPay is not null) && Columns.Any(c => c.Region == "US");

    public bool MixesCurrencies => Columns.Select(c => c.PayCurrency).Where(c => c is not null).Distinct().Count() > 1;

    public async Task OnGetAsync(string? roles, string? add, CancellationToken cancellationToken)
    {
        var all = await db.Roles.OrderBy(r => r.Pathway.Cluster.SortOrder).ThenBy(r => r.Title)
            .Select(r => new RoleOption(r.Slug, r.Title, r.Pathway.Cluster.Region))
            .ToListAsync(cancellationToken);
        Shortlist = Shortlist.Parse(roles, add, all.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal));
        Available = all.Where(r => !Shortlist.Slugs.Contains(r.Slug)).ToList();

        var slugs = Shortlist.Slugs;
        var rows = await db.Roles.Where(r => slugs.Contains(r.Slug))
            .Select(r => new { r.Slug, r.Title, ClusterTitle = r.Pathway.Cluster.Title, r.Pathway.Cluster.Region, PathwayTitle = r.Pathway.Title, PathwaySlug = r.Pathway.Slug, r.Education, r.Skills, r.WorkSettings, r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod, r.MedianPayOccupation, r.Sources, r.LastReviewed, r.PayBands, r.PayLow, r.PayHigh, r.PayYear, r.PaySource,
                // Only the figures shown (not the whole entity with its owned collections).
                Occupation = r.Occupation == null ? null : new Occupation
                {
                    Code = r.Occupation.Code, Title = r.Occupation.Title, Description = "",
                    AnnualP10 = r.Occupation.AnnualP10, AnnualP25 = r.Occupation.AnnualP25, AnnualMedian = r.Occupation.AnnualMedian,
                    AnnualP75 = r.Occupation.AnnualP75, AnnualP90 = r.Occupation.AnnualP90, WagesAtOrAbove = r.Occupation.WagesAtOrAbove,
                    EmploymentChangePercent = r.Occupation.EmploymentChangePercent, AnnualOpenings = r.Occupation.AnnualOpenings,
                    EntryEducation = r.Occupation.EntryEducation, InterestHighPoints = r.Occupation.InterestHighPoints,
                },
            })
            .ToListAsync(cancellationToken);
        Columns = slugs.Select(slug => rows.First(r => r.Slug == slug))
            .Select(r => new Column(r.Slug, r.Title, r.ClusterTitle, r.Region, r.PathwayTitle, r.PathwaySlug, r.Education, r.Skills, r.WorkSettings,
                r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod, r.MedianPayOccupation, r.Sources.FirstOrDefault()?.Name, r.LastReviewed,
                r.PayBands.Count == 0 || r.PayYear is null ? null
                    : new BandPayFact(r.PayBands, r.PayLow, r.PayHigh, r.PayYear, r.PaySource, r.Sources.FirstOrDefault(s => s.Name == r.PaySource)?.Url)))
            .ToList();

        var occupations = slugs.Select(slug => rows.First(r => r.Slug == slug).Occupation).ToList();
        if (occupations.Any(o => o is not null))
        {
            Sources = await FigureSources.LoadAsync(db, cancellationToken);
            var interests = await db.InterestTypes.ToDictionaryAsync(i => i.Letter, i => i.Name, cancellationToken);
            DataRows = OccupationRows(occupations, Sources, interests);
        }

        var bars = Columns.Where(c => c.PayAmount is not null)
            .Select(c => new PayBar(c.Title, $"/roles/{c.Slug}", c.PayAmount!.Value, c.PayCurrency!, c.PayPeriod!))
            .ToList();
        PayChart = bars.Count > 0 ? new PayBarsModel("Median pay of the compared roles", bars) : null;

        if (Columns.Count > 0)
        {
            ShareUrl = urls.Absolute(Shortlist.Path());
            ShareQrSvg = qrCodes.Svg(ShareUrl);
        }

        Meta = new PageMeta
        {
            Title = Columns.Count >= 2 ? "Compare: " + string.Join(", ", Columns.Select(c => c.Title)) : "Compare roles",
            Description = "Compare health-science roles side by side: education, skills, work settings and median pay, in the US and the NHS.",
            Path = Columns.Count > 0 ? Shortlist.Path() : "/compare",
            Breadcrumbs = [new("Home", "/"), new("Compare roles", "/compare")],
            LastReviewed = Columns.Count == 0 ? null : Columns.Min(c => c.LastReviewed),
            NoIndex = true,
        };
    }

    private static List<DataRow> OccupationRows(List<Occupation?> occupations, FigureSources sources, Dictionary<string, string> interests)
    {
        const string none = "No figure";
        var pay = $"(BLS OEWS{(sources.OewsRelease is { } oews ? ", " + oews : "")})";
        string Wage(Occupation? o, string name, decimal? amount) =>
            o is null ? "Not in the US data" : amount is { } a ? Display.Money(a, "USD") + (o.WagesAtOrAbove.Contains(name) ? " or more" : "") : none;
        DataRow Percentile(string label, string name, Func<Occupation, decimal?> read) =>
            new($"{label} {pay}", occupations.Select(o => Wage(o, name, o is null ? null : read(o))).ToList());
        string Text(Occupation? o, Func<Occupation, string?> read) => o is null ? "Not in the US data" : read(o) ?? none;
        var ep = sources.EpRelease is { } release ? $" (BLS, {release})" : " (BLS)";
        return
        [
            Percentile("10th percentile pay", nameof(Occupation.AnnualP10), o => o.AnnualP10),
            Percentile("25th percentile pay", nameof(Occupation.AnnualP25), o => o.AnnualP25),
            Percentile("Median pay", nameof(Occupation.AnnualMedian), o => o.AnnualMedian),
            Percentile("75th percentile pay", nameof(Occupation.AnnualP75), o => o.AnnualP75),
            Percentile("90th percentile pay", nameof(Occupation.AnnualP90), o => o.AnnualP90),
            new("Projected growth" + ep + (sources.AllOccupationsChange is { } all ? $"; all occupations {Display.Percent(all)}" : ""),
                occupations.Select(o => Text(o, x => OccupationFigures.From(x)?.GrowthText)).ToList()),
            new("Openings a year" + ep, occupations.Select(o => Text(o, x => x.AnnualOpenings is { } k ? (k * 1000m).ToString("N0", CultureInfo.InvariantCulture) : null)).ToList()),
            new("Typical entry education" + ep, occupations.Select(o => Text(o, x => x.EntryEducation)).ToList()),
            new("Interests (O*NET high points)", occupations.Select(o => Text(o, x => string.IsNullOrEmpty(x.InterestHighPoints) ? null
                : string.Join(", ", x.InterestHighPoints.Select(c => interests.GetValueOrDefault(c.ToString(), c.ToString()))) + $" ({x.InterestHighPoints})")).ToList()),
        ];
    }

    public string PathWithout(string slug) =>
        Shortlist.Slugs.Count == 1 ? "/compare" : Shortlist.Path(Shortlist.Slugs.Where(s => s != slug));
}
