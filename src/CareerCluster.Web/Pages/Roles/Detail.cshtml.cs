using CareerCluster.Data;
using CareerCluster.Data.Entities;
using CareerCluster.Web.Caching;
using CareerCluster.Web.Pages.Crosswalk;
using CareerCluster.Web.Pages.Shared;
using CareerCluster.Web.Routing;
using CareerCluster.Web.Seo;
using CareerCluster.Web.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Roles;

[CachedPage]
public sealed class DetailModel(CareersDbContext db, SiteUrls urls, QrCodes qrCodes) : SitePageModel
{
    public sealed record RelatedRole(string Slug, string Title, string Summary, string PathwayTitle, string ClusterTitle, string Region);

    public Role Role { get; private set; } = null!;
    public string CanonicalUrl { get; private set; } = "";
    public string? QrSvg { get; private set; }
    public IReadOnlyList<RelatedRole> OtherSystem { get; private set; } = [];
    public IReadOnlyList<RelatedRole> SameSystem { get; private set; } = [];
    public QuickFactsModel Facts { get; private set; } = null!;

    /// <summary>The crosswalk pairs this role is in: its US occupations (NHS role) or its NHS counterparts (US role).</summary>
    public IReadOnlyList<CrosswalkQuery.Pair> Crosswalk { get; private set; } = [];

    /// <summary>The role's O*NET occupation with its BLS figures; null for a role without a code (or the UK).</summary>
    public OccupationFacts? Occupation { get; private set; }

    /// <summary>A US role without a code: wider than any one O*NET occupation, so no O*NET or BLS figure is shown.</summary>
    public bool WiderThanOneOccupation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var role = await db.Roles.Include(r => r.Pathway).ThenInclude(p => p.Cluster)
            .FirstOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (role is null)
        {
            return await this.MovedOrNotFoundAsync(db, "roles", slug, cancellationToken);
        }

        Role = role;
        var related = await db.RoleLinks.Where(l => l.RoleId == role.Id)
            .Select(l => l.RelatedRole)
            .OrderBy(r => r.Title)
            .Select(r => new RelatedRole(r.Slug, r.Title, r.Summary, r.Pathway.Title, r.Pathway.Cluster.Title, r.Pathway.Cluster.Region))
            .ToListAsync(cancellationToken);
        var region = role.Pathway.Cluster.Region;
        OtherSystem = related.Where(r => r.Region != region).ToList();
        SameSystem = related.Where(r => r.Region == region).ToList();

        Occupation = role.OnetCode is { } code ? await OccupationFacts.LoadAsync(db, code, cancellationToken) : null;
        WiderThanOneOccupation = Occupation is null && region == "US";

        var path = $"/roles/{role.Slug}";
        CanonicalUrl = urls.Absolute(path);
        QrSvg = qrCodes.Svg(CanonicalUrl);
        var pay = role.MedianPayAmount is { } amount
            ? new PayFact(amount, role.MedianPayCurrency!, role.MedianPayPeriod!, role.MedianPayOccupation, role.Sources.FirstOrDefault()?.Name, Estimate: true)
            : null;
        Facts = new QuickFactsModel(role.Education, role.Skills, role.WorkSettings, pay,
            new PathwayFact(role.Pathway.Title, $"/pathways/{role.Pathway.Slug}", role.Pathway.Cluster.Title, $"/clusters/{role.Pathway.Cluster.Slug}"),
            BandPayFact.From(role), role.Division);
        Crosswalk = await CrosswalkQuery.ForRoleAsync(db, role, cancellationToken);
        Meta = new PageMeta
        {
            Title = role.Title,
            Description = role.Summary,
            Path = path,
            OpenGraphType = "article",
            Breadcrumbs =
            [
                new("Home", "/"),
                new(role.Pathway.Cluster.Title, $"/clusters/{role.Pathway.Cluster.Slug}"),
                new(role.Pathway.Title, $"/pathways/{role.Pathway.Slug}"),
                new(role.Title, path),
            ],
            LastReviewed = role.LastReviewed,
            Region = region.ToLowerInvariant(),
            StructuredData = [OccupationJsonLd.For(role, CanonicalUrl, Occupation)],
        };
        return Page();
    }
}
