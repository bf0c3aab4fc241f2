using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Routing;

/// <summary>One URL per page: lowercase, no trailing slash; anything else is a 301 that keeps the query.</summary>
public sealed class CanonicalUrlTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private async Task<Uri> AssertMovedAsync(string url, string expectedLocation)
    {
        using var response = await _client.GetAsync(new Uri("http://localhost" + url));
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{url}: {(int)response.StatusCode}");
        var location = response.Headers.Location;
        Assert.NotNull(location);
        Assert.Equal(expectedLocation, location.OriginalString);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        return location;
    }

    [Theory]
    [InlineData("/roles/Nurses", "/roles/nurses")]
    [InlineData("/ROLES/NURSES", "/roles/nurses")]
    [InlineData("/Pathways/Therapeutic-Services", "/pathways/therapeutic-services")]
    [InlineData("/CLUSTERS/health-science", "/clusters/health-science")]
    [InlineData("/FAQ", "/faq")]
    [InlineData("/roles/nurses/", "/roles/nurses")]
    [InlineData("/roles/nurses//", "/roles/nurses")]
    [InlineData("/faq/", "/faq")]
    [InlineData("/Roles/Nurses/", "/roles/nurses")]
    [InlineData("/roles/nurses/?utm_source=email", "/roles/nurses?utm_source=email")]
    [InlineData("/Roles/Nurses?Ref=Mixed&x=1", "/roles/nurses?Ref=Mixed&x=1")]
    [InlineData("/Search?q=Nurse", "/search?q=Nurse")]
    [InlineData("/Compare?roles=nurses,genetics", "/compare?roles=nurses,genetics")]
    public async Task Case_variants_and_trailing_slashes_redirect_permanently_keeping_the_query(string url, string canonical)
    {
        await AssertMovedAsync(url, canonical);

        var final = await _client.GetAsync(new Uri(canonical, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/roles/nurses")]
    [InlineData("/faq")]
    [InlineData("/roles/nurses?utm_source=email")]
    public async Task Canonical_urls_answer_directly(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Head_requests_are_redirected_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/Roles/Nurses/");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/roles/nurses", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("///evil.example/")]
    [InlineData("//Evil.Example/roles")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\\/evil.example/")]
    [InlineData("//evil.example/%2F..")]
    [InlineData("/%2F%2Fevil.example/")]
    [InlineData("/%5C%5Cevil.example/")]
    [InlineData("/%09/evil.example/")]
    public async Task Redirects_never_leave_the_site(string rawPath)
    {
        // Sent through the server directly, so the path arrives exactly as written.
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = rawPath.Contains('%', StringComparison.Ordinal) ? Microsoft.AspNetCore.Http.PathString.FromUriComponent(rawPath) : new Microsoft.AspNetCore.Http.PathString(rawPath);
        });

        Assert.True(context.Response.StatusCode < 500, $"{rawPath}: {context.Response.StatusCode}");
        if (context.Response.StatusCode is >= 300 and < 400)
        {
            var location = context.Response.Headers.Location.ToString();
            Assert.StartsWith("/", location, StringComparison.Ordinal);
            Assert.False(location.StartsWith("//", StringComparison.Ordinal), location);
            Assert.False(location.StartsWith("/\\", StringComparison.Ordinal), location);
            var resolved = new Uri(new Uri("https://careers.example.org/"), location);
            Assert.Equal("careers.example.org", resolved.Host);
        }
    }

    [Fact]
    public async Task Protocol_relative_path_sent_by_a_client_stays_on_site()
    {
        var response = await _client.GetAsync(new Uri("http://localhost//evil.example/"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var resolved = new Uri(new Uri("http://localhost/"), response.Headers.Location!);
        Assert.Equal("localhost", resolved.Host);
        Assert.Equal("/evil.example", resolved.AbsolutePath);
    }

    [Fact]
    public async Task Static_assets_keep_their_names()
    {
        var page = await _client.GetOkPageAsync("/");
        var css = page.Document.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;

        var response = await _client.GetAsync(new Uri(css, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
