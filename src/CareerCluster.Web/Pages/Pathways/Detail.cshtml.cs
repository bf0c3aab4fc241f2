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
    public sealed record RoleItem(string Slug, string Title, string Summary, decimal? PayAmount, string? PayCurrency, string? PayPeriod);

    public Pathway Pathway { get; private set; } = null!;
    public IReadOnlyList<RoleItem> Roles { get; private set; } = [];
    public IReadOnlyList<PayBar> PayBars { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var pathway = await db.Pathways.Include(p => p.Cluster).FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (pathway is null)
        {
            return await this.MovedOrNotFoundAsync(db, "pathways", slug, cancellationToken);
        }

        Pathway = pathway;
        Roles = await db.Roles.Where(r => r.PathwayId == pathway.Id)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Title)
            .Select(r => new RoleItem(r.Slug, r.Title, r.Summary, r.MedianPayAmount, r.MedianPayCurrency, r.MedianPayPeriod))
            .ToListAsync(cancellationToken);
        PayBars = Roles.Where(r => r.PayAmount is not null)
            .Select(r => new PayBar(r.Title, $"/roles/{r.Slug}", r.PayAmount!.Value, r.PayCurrency!, r.PayPeriod!))
            .ToList();
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
}
