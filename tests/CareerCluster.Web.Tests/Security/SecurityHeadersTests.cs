using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Security;

public sealed class SecurityHeadersTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    public static TheoryData<string> Urls() => new(
        "/", "/roles/nurses", "/pathways/life-sciences", "/clusters/health-science", "/faq", "/roles", "/crosswalk",
        "/search?q=nurse", "/compare?roles=nurses,genomics-healthcare-scientist", "/roles/no-such-role", "/Roles/Nurses", "/sitemap.xml",
        "/robots.txt", "/healthz", "/readyz", "/favicon.svg", "/error/500");

    private static Dictionary<string, string> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.OrdinalIgnoreCase);

    internal static void AssertHardened(HttpResponseMessage response, string what)
    {
        var headers = response.Headers;
        Assert.True(headers.TryGetValues("Content-Security-Policy", out var cspValues), $"{what}: no CSP");
        var csp = Directives(Assert.Single(cspValues));
        Assert.True(csp.ContainsKey("default-src"), what);
        Assert.Contains("'self'", csp["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("*", csp["script-src"], StringComparison.Ordinal);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.Equal("'none'", csp["base-uri"]);
        Assert.Equal("'self'", csp["form-action"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);

        Assert.Equal("nosniff", Assert.Single(headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(headers.GetValues("Referrer-Policy")));
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(headers.GetValues("Permissions-Policy"))), what);
        Assert.Contains("camera=()", headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("same-origin", Assert.Single(headers.GetValues("Cross-Origin-Opener-Policy")));
        Assert.False(headers.Contains("Server"), $"{what}: Server header");
        Assert.False(headers.Contains("X-Powered-By"), $"{what}: X-Powered-By header");
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Every_response_carries_the_hardening_headers(string url)
    {
        var client = factory.CreateNoRedirectClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True((int)response.StatusCode < 500 || url == "/error/500", $"{url}: {(int)response.StatusCode}");
        AssertHardened(response, url);
    }

    [Fact]
    public async Task A_500_carries_the_hardening_headers()
    {
        var client = factory.CreateNoRedirectClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/roles/nurses?fault=headers");
        request.Headers.Add(TestFaultFilter.Header, "1");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertHardened(response, "500");
    }

    [Fact]
    public async Task Production_sends_hsts_for_a_year_over_https()
    {
        // ASP.NET Core never sends HSTS for localhost (HstsOptions.ExcludedHosts), so that a developer's
        // browser does not pin https for every local app; a deployed site answers on its own host name.
        var client = factory.CreateNoRedirectClient("https://careers.example.org");

        var response = await client.GetAsync(new Uri("/roles/nurses", UriKind.Relative));

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        var maxAge = hsts.Split(';', StringSplitOptions.TrimEntries).Single(p => p.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.True(long.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture) >= 31536000, hsts);
        AssertHardened(response, "https");
    }

    [Fact]
    public async Task Hsts_is_not_sent_to_localhost()
    {
        // The framework default this suite relies on above: documented here so a change to it is noticed.
        var client = factory.CreateNoRedirectClient("https://localhost");

        var response = await client.GetAsync(new Uri("/roles/nurses", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        AssertHardened(response, "https://localhost");
    }

    [Fact]
    public async Task Hsts_is_never_sent_over_plain_http()
    {
        var client = factory.CreateNoRedirectClient("http://careers.example.org");

        var response = await client.GetAsync(new Uri("/roles/nurses", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Pages_need_nothing_the_policy_forbids()
    {
        // No inline script or style element and no style attribute anywhere, so script-src and style-src 'self' hold.
        var client = factory.CreateNoRedirectClient();
        foreach (var url in new[] { "/", "/roles/nurses", "/clusters/health-science", "/pathways/diagnostic-services", "/faq" })
        {
            var page = await client.GetOkPageAsync(url);
            Assert.Empty(page.Document.QuerySelectorAll("style"));
            Assert.Empty(page.Document.QuerySelectorAll("[style]"));
            Assert.All(page.Document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", url + ": " + s.OuterHtml));
            Assert.All(page.Document.QuerySelectorAll("script[src], link[href]"), e =>
            {
                var target = e.GetAttribute("src") ?? e.GetAttribute("href")!;
                Assert.True(target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) || e.GetAttribute("rel") == "canonical", $"{url}: third-party {target}");
            });
        }
    }
}
