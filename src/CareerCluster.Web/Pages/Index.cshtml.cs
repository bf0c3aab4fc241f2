using CareerCluster.Data.Overview;
using CareerCluster.Web.Caching;
using CareerCluster.Web.Seo;

namespace CareerCluster.Web.Pages;

[CachedPage]
public sealed class IndexModel(SiteOverviewSource overview) : SitePageModel
{
    public IReadOnlyList<ClusterSummary> Clusters { get; private set; } = [];

    public void OnGet()
    {
        var site = overview.Current;
        Clusters = site.Clusters;
        Meta = new PageMeta
        {
            Title = "Health-science careers in the US and the NHS",
            Description = "Explore health-science careers side by side: the US Health Science career cluster and its pathways, and NHS healthcare science in the UK.",
            Path = "/",
            LastReviewed = site.OldestReview,
        };
    }
}
