using CareerCluster.Data;
using CareerCluster.Web.Seo;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages;

public sealed class IndexModel(CareersDbContext db) : SitePageModel
{
    public sealed record PathwayCard(string Slug, string Title, string Summary, int RoleCount);

    public sealed record ClusterColumn(string Slug, string Title, string Summary, string Region, IReadOnlyList<PathwayCard> Pathways);

    public IReadOnlyList<ClusterColumn> Clusters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var reviewed = await db.Clusters.Select(c => c.LastReviewed)
            .Concat(db.Pathways.Select(p => p.LastReviewed))
            .ToListAsync(cancellationToken);
        Clusters = await db.Clusters
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Title)
            .Select(c => new ClusterColumn(c.Slug, c.Title, c.Summary, c.Region, c.Pathways
                .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
                .Select(p => new PathwayCard(p.Slug, p.Title, p.Summary, p.Roles.Count))
                .ToList()))
            .ToListAsync(cancellationToken);
        Meta = new PageMeta
        {
            Title = "Health-science careers in the US and the NHS",
            Description = "Explore health-science careers side by side: the US Health Science career cluster and its pathways, and NHS healthcare science in the UK.",
            Path = "/",
            LastReviewed = reviewed.Count == 0 ? null : reviewed.Min(),
        };
    }
}
