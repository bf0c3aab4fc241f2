using CareerCluster.Data.Loading;
using CareerCluster.Data.Overview;
using CareerCluster.Tests;

namespace CareerCluster.Data.Tests.Overview;

public sealed class SiteOverviewSourceTests : IDisposable
{
    private readonly DataHarness _harness = new();

    public SiteOverviewSourceTests() => SampleContent.WriteMinimalSite(_harness.Tree);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Lists_clusters_and_pathways_in_order_with_role_counts_and_follows_each_new_content_version()
    {
        var active = new ActiveContent();
        using var publisher = _harness.CreatePublisher(active);
        await publisher.PublishAsync();
        var source = new SiteOverviewSource(active);

        var overview = source.Current;

        Assert.Equal(["us", "uk"], overview.Clusters.Select(c => c.Slug));
        var care = Assert.Single(overview.Clusters[0].Pathways);
        Assert.Equal(("care", "Care", 2), (care.Slug, care.Title, care.RoleCount));
        Assert.Equal(1, Assert.Single(overview.Clusters[1].Pathways).RoleCount);
        Assert.Equal(new DateOnly(2026, 6, 1), overview.OldestReview);
        Assert.Same(overview, source.Current);

        _harness.Tree.Write("clusters/us/care/porters.md", SampleContent.Role("Porters"));
        await publisher.PublishAsync();

        Assert.Equal(3, source.Current.Clusters[0].Pathways[0].RoleCount);
    }
}
