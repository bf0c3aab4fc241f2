using CareerCluster.Data;
using CareerCluster.Data.Entities;
using CareerCluster.Web.Caching;
using CareerCluster.Web.Routing;
using CareerCluster.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Clusters;

[CachedPage]
public sealed class DetailModel(CareersDbContext db) : SitePageModel
{
    public sealed record PathwayItem(string Slug, string Title, string Summary, int RoleCount);

    public sealed record FaqItem(string Slug, string Question);

    public Cluster Cluster { get; private set; } = null!;
    public IReadOnlyList<PathwayItem> Pathways { get; private set; } = [];
    public IReadOnlyList<FaqItem> Questions { get; private set; } = [];

    /// <summary>BLS's projection for the healthcare groups beside all occupations (US clusters only).</summary>
    public IReadOnlyList<ProjectionSummary> Projections { get; private set; } = [];
    public string? ProjectionPeriod { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (cluster is null)
        {
            return await this.MovedOrNotFoundAsync(db, "clusters", slug, cancellationToken);
        }

        Cluster = cluster;
        Pathways = await db.Pathways.Where(p => p.ClusterId == cluster.Id)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new PathwayItem(p.Slug, p.Title, p.Summary, p.Roles.Count))
            .ToListAsync(cancellationToken);
        Questions = await db.FaqEntries.Where(f => f.ClusterId == cluster.Id)
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Question)
            .Select(f => new FaqItem(f.Slug, f.Question))
            .ToListAsync(cancellationToken);
        if (cluster.Region == "US")
        {
            // Healthcare groups first (29-0000, 31-0000), all occupations (00-0000) last, as a reader compares them.
            Projections = (await db.ProjectionSummaries.ToListAsync(cancellationToken)).OrderBy(s => s.Code == "00-0000").ThenBy(s => s.Code).ToList();
            ProjectionPeriod = await db.DataReleases.Where(r => r.Key == "ep").Select(r => r.Release).FirstOrDefaultAsync(cancellationToken);
        }

        Meta = new PageMeta
        {
            Title = cluster.Title,
            Description = cluster.Summary,
            Path = $"/clusters/{cluster.Slug}",
            Breadcrumbs = [new("Home", "/"), new(cluster.Title, $"/clusters/{cluster.Slug}")],
            LastReviewed = cluster.LastReviewed,
            Region = cluster.Region.ToLowerInvariant(),
        };
        return Page();
    }
}
