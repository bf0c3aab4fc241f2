using System.Net;
using CareerCluster.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace CareerCluster.Web.Tests.Caching;

/// <summary>
/// Only 2xx answers to GET and HEAD on page routes are cached, and an error page never answers 200:
/// nothing a client sends can make the cache replay an error page, an empty body or another client's encoding.
/// </summary>
public sealed class CachePoisoningTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Theory]
    [InlineData("/error/404")]
    [InlineData("/error/429")]
    [InlineData("/error/500")]
    [InlineData("/error/400")]
    [InlineData("/error")]
    public async Task A_direct_request_for_an_error_page_is_a_404_and_later_404s_stay_404s(string errorPath)
    {
        for (var i = 0; i < 2; i++)
        {
            var direct = await _client.GetAsync(new Uri(errorPath, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
            Assert.False(direct.Headers.CacheControl?.Public ?? false, errorPath);
            Assert.Null(direct.Headers.ETag);
        }

        var missing = await _client.GetPageAsync("/roles/zz-nope-" + errorPath.Replace('/', '-'));
        Assert.Equal(HttpStatusCode.NotFound, missing.Response.StatusCode);
        Assert.Equal("Page not found", missing.H1);
        Assert.False(missing.Response.Headers.CacheControl?.Public ?? false);
        Assert.Null(missing.Response.Headers.ETag);
        Assert.Null(missing.Response.Headers.Age);
    }

    [Theory]
    [InlineData("/error/000123")]
    [InlineData("/error/0000000404")]
    [InlineData("/error/999")]
    [InlineData("/error/200")]
    public async Task Head_and_get_for_odd_error_numbers_are_404s_and_fill_nothing(string path)
    {
        var before = factory.PageCache().Count;
        foreach (var method in new[] { HttpMethod.Head, HttpMethod.Get, HttpMethod.Head })
        {
            using var request = new HttpRequestMessage(method, path);
            var response = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(before, factory.PageCache().Count);
    }

    [Fact]
    public async Task Head_is_answered_from_a_cached_get_but_never_stored_itself()
    {
        using var head = new HttpRequestMessage(HttpMethod.Head, "/roles/nurses");
        var headFirst = await _client.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, headFirst.StatusCode);
        Assert.False(factory.PageCache().Contains("/roles/nurses"), "a HEAD answer has no body to store");

        var get = await _client.GetAsync(new Uri("/roles/nurses", UriKind.Relative));
        var body = await get.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(body);
        Assert.True(factory.PageCache().Contains("/roles/nurses"));

        using var headAgain = new HttpRequestMessage(HttpMethod.Head, "/roles/nurses");
        var headRepeat = await _client.SendAsync(headAgain);
        Assert.Equal(HttpStatusCode.OK, headRepeat.StatusCode);
        Assert.Empty(await headRepeat.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, headRepeat.Headers.ETag);

        var getAgain = await _client.GetAsync(new Uri("/roles/nurses", UriKind.Relative));
        Assert.Equal(body, await getAgain.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Query_strings_and_unknown_hosts_do_not_add_entries()
    {
        await _client.GetAsync(new Uri("/faq", UriKind.Relative));
        var before = factory.PageCache().Count;
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri($"/faq?junk={i}", UriKind.Relative))).StatusCode);
            var context = await factory.Server.SendAsync(c =>
            {
                c.Request.Method = "GET";
                c.Request.Path = "/faq";
                c.Request.Host = new HostString($"junk-{i}.example");
            });
            Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        }

        Assert.Equal(before, factory.PageCache().Count);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Static_assets_are_never_replayed_in_an_encoding_the_client_did_not_ask_for(string encoding)
    {
        var page = await _client.GetOkPageAsync("/");
        var assets = page.Document.QuerySelectorAll("link[rel='stylesheet'], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            using var compressed = new HttpRequestMessage(HttpMethod.Get, asset);
            compressed.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(compressed)).StatusCode);

            var plain = await _client.GetAsync(new Uri(asset, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            var text = await plain.Content.ReadAsStringAsync();
            Assert.True(text.Length > 100, asset);
            Assert.DoesNotContain('\uFFFD', text);
        }
    }
}
