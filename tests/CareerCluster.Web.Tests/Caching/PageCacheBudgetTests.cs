using System.Net;
using CareerCluster.Web.Tests.Endpoints;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Caching;

public sealed class SmallPageCacheFactory : CareerClusterFactory
{
    // About a dozen role pages with their compressed bodies.
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Caching:PageCacheMegabytes", "0.25")];
}

/// <summary>The page cache never holds more than its budget (keys, headers and compressed bodies counted), and evicts the least recently used.</summary>
public sealed class PageCacheBudgetTests(SmallPageCacheFactory factory) : IClassFixture<SmallPageCacheFactory>
{
    [Fact]
    public async Task Every_page_visited_in_turn_stays_within_the_budget_and_the_oldest_goes_first()
    {
        var client = factory.CreateNoRedirectClient();
        var cache = factory.PageCache();
        // Forty role pages (each a few kilobytes, well under the largest page the budget admits).
        var paths = (await SitemapTests.ReadSitemapAsync(client)).Select(e => new Uri(e.Loc).AbsolutePath)
            .Where(p => p.StartsWith("/roles/", StringComparison.Ordinal)).Take(40).ToList();
        Assert.True(paths.Count == 40, $"{paths.Count} role pages");

        foreach (var path in paths)
        {
            foreach (var encoding in new[] { "br", "gzip", "br" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
                Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
                Assert.InRange(cache.Bytes, 1, cache.MaxBytes);
            }
        }

        Assert.InRange(cache.Count, 2, paths.Count - 1);
        Assert.True(cache.Contains(paths[^1]), "the page visited last is held");
        Assert.False(cache.Contains(paths[1]), "an early page was evicted");

        // A hit makes a page recent: the first page stays while the others come in after it.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(paths[1], UriKind.Relative))).StatusCode);
        foreach (var path in paths[^4..])
        {
            await client.GetAsync(new Uri(path, UriKind.Relative));
            await client.GetAsync(new Uri(paths[1], UriKind.Relative));
        }

        Assert.True(cache.Contains(paths[1]));
    }
}
