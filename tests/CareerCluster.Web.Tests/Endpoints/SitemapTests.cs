using System.Net;
using System.Xml.Linq;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Endpoints;

public sealed class SitemapTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    internal static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    internal static async Task<List<(string Loc, string? LastMod)>> ReadSitemapAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "urlset", document.Root!.Name);
        return document.Root.Elements(Ns + "url")
            .Select(u => (u.Element(Ns + "loc")!.Value, u.Element(Ns + "lastmod")?.Value))
            .ToList();
    }

    [Fact]
    public async Task Lists_exactly_the_canonical_pages()
    {
        var entries = await ReadSitemapAsync(_client);

        var expected = ContentFacts.AllPageUrls().Concat(["/roles", "/crosswalk"]).Select(u => "http://localhost" + u).Order(StringComparer.Ordinal);
        Assert.Equal(expected, entries.Select(e => e.Loc).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_listed_url_answers_200_without_a_redirect()
    {
        foreach (var (loc, _) in await ReadSitemapAsync(_client))
        {
            var response = await _client.GetAsync(new Uri(loc));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{loc}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Lastmod_comes_from_last_reviewed()
    {
        var entries = (await ReadSitemapAsync(_client)).ToDictionary(e => e.Loc, e => e.LastMod);

        foreach (var role in ContentFacts.Site.Roles)
        {
            Assert.Equal(role.LastReviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entries["http://localhost/roles/" + role.Slug]);
        }

        Assert.All(entries.Values, v => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", v));
    }

    [Fact]
    public async Task Robots_txt_allows_crawling_and_points_to_the_sitemap()
    {
        var response = await _client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.DoesNotContain("Disallow: /", lines);
    }
}
