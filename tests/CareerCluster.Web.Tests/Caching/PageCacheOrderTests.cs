using System.Net;
using CareerCluster.Web.Tests.Infrastructure;
using CareerCluster.Web.Tests.Security;

namespace CareerCluster.Web.Tests.Caching;

/// <summary>
/// A repeat answered from the page cache gets everything that stands in front of the cache in Program.cs: the
/// Host check and the hardening headers. What stands behind it (canonical URLs, routing, error pages) never
/// lets a wrong answer into it. Each test fails if the cache moves to the wrong side of one of those steps.
/// </summary>
public sealed class PageCacheOrderTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private async Task CacheAsync(string path)
    {
        await _client.GetOkPageAsync(path);
        Assert.True(factory.PageCache().Contains(path), $"{path} should be in the page cache after a GET");
    }

    [Fact]
    public async Task A_repeat_served_from_the_cache_carries_the_hardening_headers()
    {
        await CacheAsync("/roles/nurses");

        var repeat = await _client.GetAsync(new Uri("/roles/nurses", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        SecurityHeadersTests.AssertHardened(repeat, "a cached repeat of /roles/nurses");
    }

    [Fact]
    public async Task A_malformed_host_is_a_400_even_for_a_cached_page()
    {
        // With Site:BaseUrl set the cache key ignores Host, so only the Host check in front of the cache stops it.
        await CacheAsync("/faq");

        var context = await HostileInputTests.SendWithHostAsync(factory, "/faq", "<script>");

        Assert.Equal(400, context.Response.StatusCode);
    }

    [Fact]
    public async Task A_case_variant_of_a_cached_page_still_redirects_to_the_canonical_url()
    {
        await CacheAsync("/crosswalk");

        var response = await _client.GetAsync(new Uri("/Crosswalk", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/crosswalk", response.Headers.Location?.OriginalString);
        Assert.False(factory.PageCache().Contains("/Crosswalk"));
    }

    [Fact]
    public async Task A_page_that_fails_to_render_is_a_500_and_is_not_stored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/pathways/life-sciences");
        request.Headers.Add(TestFaultFilter.Header, "1");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.False(factory.PageCache().Contains("/pathways/life-sciences"));
        await CacheAsync("/pathways/life-sciences");
    }
}
