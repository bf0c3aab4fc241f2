using CareerCluster.Data;
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
        decimal? PayAmount, string? PayCurrency, string? PayPeriod, string? PayOccupation, string? SourceName, DateOnly LastReviewed);

    public sealed record RoleOption(string Slug, string Title, string Region);

    public Shortlist Shortlist { get; private set; } = null!;
    public IReadOnlyList<Column> Columns { get; private set; } = [];
    public IReadOnlyList<RoleOption> Available { get; private set; } = [];
    public PayBarsModel? PayChart { get; private set; }
    public string ShareUrl { get; private set; } = "";
    public string? ShareQrSvg { get; private set; }
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
            .Select(r => new { r.Slug, r.Title, ClusterTitle = r.Pathway.Cluster.Title, r.Pathway.Cluster.Region, PathwayTitle = r.Pathway.Title, PathwaySlug = r.Pathway.Slug, r.Education, r.Skills, r.WorkSettings, r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod, r.MedianPayOccupation, r.Sources, r.LastReviewed })
            .ToListAsync(cancellationToken);
        Columns = slugs.Select(slug => rows.First(r => r.Slug == slug))
            .Select(r => new Column(r.Slug, r.Title, r.ClusterTitle, r.Region, r.PathwayTitle, r.PathwaySlug, r.Education, r.Skills, r.WorkSettings,
                r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod, r.MedianPayOccupation, r.Sources.FirstOrDefault()?.Name, r.LastReviewed))
            .ToList();

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

    public string PathWithout(string slug) =>
        Shortlist.Slugs.Count == 1 ? "/compare" : Shortlist.Path(Shortlist.Slugs.Where(s => s != slug));
}
