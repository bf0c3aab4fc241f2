using System.Net;
using System.Net.Http.Headers;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Caching;

public sealed class PageCachingTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/roles/nurses")]
    [InlineData("/pathways/life-sciences")]
    [InlineData("/clusters/healthcare-science")]
    [InlineData("/faq")]
    [InlineData("/sitemap.xml")]
    [InlineData("/roles/genomics-healthcare-scientist?utm_source=etag")]
    public async Task Pages_have_an_etag_and_a_matching_if_none_match_gets_an_empty_304(string url)
    {
        var first = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotEmpty(await first.Content.ReadAsByteArrayAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);

        // A repeat (from the page cache when the URL has no query string) is byte-identical, with the same ETag.
        var third = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(etag, third.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await third.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/roles/nurses");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-the-etag\"", isWeak: true));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Etags_differ_between_pages()
    {
        var nurses = await _client.GetAsync(new Uri("/roles/nurses", UriKind.Relative));
        var genetics = await _client.GetAsync(new Uri("/roles/genomics-healthcare-scientist", UriKind.Relative));

        Assert.NotEqual(nurses.Headers.ETag, genetics.Headers.ETag);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/roles/nurses")]
    [InlineData("/sitemap.xml")]
    public async Task Production_pages_are_cacheable_by_cdns(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("public, max-age=300, stale-while-revalidate=86400", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Not_found_pages_are_not_cached_as_pages()
    {
        var response = await _client.GetAsync(new Uri("/roles/no-such-role", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.NotEqual("public, max-age=300, stale-while-revalidate=86400", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Static_asset_links_are_fingerprinted()
    {
        // Their immutable Cache-Control comes from the publish manifest (see scripts/smoke-published.sh);
        // a build run under WebApplicationFactory serves them with no-cache by design.
        var page = await _client.GetOkPageAsync("/");

        var css = page.Document.QuerySelectorAll("link[rel='stylesheet']").Select(l => l.GetAttribute("href")!).ToList();
        Assert.NotEmpty(css);
        Assert.All(css, href => Assert.Matches(@"^/css/[a-z]+\.[a-z0-9]{6,}\.css$", href));
        var script = page.Document.QuerySelector("script[src]")!.GetAttribute("src")!;
        Assert.Matches(@"^/js/[a-z]+\.[a-z0-9]{6,}\.js$", script);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(script, UriKind.Relative))).StatusCode);
    }
}
