using CareerCluster.Web.Tests.Endpoints;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Seo;

public sealed class BaseUrlFactory : CareerClusterFactory
{
    public const string BaseUrl = "https://careers.example.org";

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Site:BaseUrl", BaseUrl + "/")];
}

/// <summary>Site:BaseUrl makes every absolute URL use the public address, whatever host the request came to.</summary>
public sealed class SiteBaseUrlTests(BaseUrlFactory factory) : IClassFixture<BaseUrlFactory>
{
    private const string Base = BaseUrlFactory.BaseUrl;
    private readonly HttpClient _client = factory.CreateNoRedirectClient("http://internal-replica-3:8080");

    [Fact]
    public async Task Canonical_open_graph_structured_data_and_qr_code_use_the_base_url()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        Assert.Equal(Base + "/roles/nurses", page.Canonical);
        Assert.Equal(Base + "/roles/nurses", page.Meta("og:url"));
        Assert.Contains(Base + "/roles/nurses", page.Document.QuerySelector("figure.qr figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(new CareerCluster.Web.Sharing.QrCodes().Svg(Base + "/roles/nurses")!, page.Body, StringComparison.Ordinal);
        var jsonLd = Pages.PageConventionsTests.JsonLd(page);
        Assert.Equal(Base + "/", jsonLd[0].GetProperty("itemListElement")[0].GetProperty("item").GetString());
        Assert.Equal(Base + "/roles/nurses", jsonLd[1].GetProperty("url").GetString());
        Assert.DoesNotContain("internal-replica-3", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_and_robots_use_the_base_url()
    {
        var entries = await SitemapTests.ReadSitemapAsync(_client);
        Assert.All(entries, e => Assert.StartsWith(Base + "/", e.Loc, StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Loc == Base + "/");

        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Contains($"Sitemap: {Base}/sitemap.xml", robots, StringComparison.Ordinal);
    }
}

/// <summary>Staging: Site:BaseUrl is required only in Production.</summary>
public sealed class KnownProxyFactory : CareerClusterFactory
{
    public const string Proxy = "10.0.0.5";

    public override string EnvironmentName => "Staging";

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("ForwardedHeaders:KnownProxies:0", Proxy)];
}

/// <summary>Without Site:BaseUrl the request's own scheme and host are used; X-Forwarded-* only from known proxies.</summary>
public sealed class RequestBaseUrlTests(KnownProxyFactory factory) : IClassFixture<KnownProxyFactory>
{
    [Fact]
    public async Task Canonical_uses_the_request_scheme_and_host()
    {
        var client = factory.CreateNoRedirectClient("https://careers.example.net:8443");

        var page = await client.GetOkPageAsync("/roles/genomics-healthcare-scientist");

        Assert.Equal("https://careers.example.net:8443/roles/genomics-healthcare-scientist", page.Canonical);
    }

    private async Task<string?> CanonicalFromAsync(string remoteIp)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/roles/genomics-healthcare-scientist";
            c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString("?from=" + remoteIp);
            c.Request.Host = new Microsoft.AspNetCore.Http.HostString("localhost");
            c.Request.Headers["X-Forwarded-Host"] = "careers.example.org";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
            c.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(remoteIp);
        });
        Assert.Equal(200, context.Response.StatusCode);
        using var reader = new StreamReader(context.Response.Body);
        return Html.Parse(await reader.ReadToEndAsync()).QuerySelector("link[rel='canonical']")?.GetAttribute("href");
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_address_are_ignored()
    {
        Assert.Equal("http://localhost/roles/genomics-healthcare-scientist", await CanonicalFromAsync("203.0.113.9"));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_configured_proxy_are_honoured()
    {
        Assert.Equal("https://careers.example.org/roles/genomics-healthcare-scientist", await CanonicalFromAsync(KnownProxyFactory.Proxy));
    }
}

public sealed class ProductionWithoutBaseUrlFactory : CareerClusterFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Site:BaseUrl", "")];
}

public sealed class InvalidBaseUrlFactory : CareerClusterFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Site:BaseUrl", "careers.example.org/?x=1")];
}

/// <summary>In Production every absolute URL must come from Site:BaseUrl, so the app will not start without one.</summary>
public sealed class RequiredBaseUrlTests
{
    [Fact]
    public async Task Production_without_a_base_url_stops_start_up_and_says_which_setting()
    {
        await using var factory = new ProductionWithoutBaseUrlFactory();

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains("Site:BaseUrl", exception.ToString(), StringComparison.Ordinal);
        Assert.Contains("required in Production", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_base_url_that_is_not_an_absolute_http_address_stops_start_up()
    {
        await using var factory = new InvalidBaseUrlFactory();

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains("Site:BaseUrl", exception.ToString(), StringComparison.Ordinal);
    }
}
