using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Caching;

/// <summary>Replicas share nothing, yet two instances built from the same content serve the same bytes and ETags.</summary>
public sealed class ReplicaConsistencyTests
{
    [Fact]
    public async Task Two_instances_from_the_same_content_serve_identical_pages_and_etags()
    {
        await using var first = new CareerClusterFactory();
        await using var second = new CareerClusterFactory();
        var a = first.CreateNoRedirectClient();
        var b = second.CreateNoRedirectClient();

        Assert.NotEqual(first.Content.Root, second.Content.Root);
        Assert.NotEqual(first.Active.Current!.ConnectionString, second.Active.Current!.ConnectionString);
        foreach (var url in new[] { "/", "/roles/nurses", "/pathways/life-sciences", "/faq", "/sitemap.xml" })
        {
            var fromFirst = await a.GetAsync(new Uri(url, UriKind.Relative));
            var fromSecond = await b.GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(System.Net.HttpStatusCode.OK, fromFirst.StatusCode);
            Assert.NotNull(fromFirst.Headers.ETag);
            Assert.Equal(fromFirst.Headers.ETag, fromSecond.Headers.ETag);
            Assert.Equal(await fromFirst.Content.ReadAsByteArrayAsync(), await fromSecond.Content.ReadAsByteArrayAsync());
        }
    }
}
