using System.Globalization;
using System.Text.Json;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages;

/// <summary>What every page of the site must have: one h1, title, description, canonical, breadcrumbs, review dates, previews.</summary>
public sealed class PageConventionsTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private const string Origin = "http://localhost";
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Theory]
    [MemberData(nameof(ContentFacts.PageUrls), MemberType = typeof(ContentFacts))]
    public async Task Every_page_has_one_h1_title_description_canonical_and_lang(string url)
    {
        var page = await _client.GetOkPageAsync(url);
        var expected = ContentFacts.Expect(url);

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(page.H1));
        var title = page.Document.QuerySelector("head > title")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(title));
        Assert.Contains("CareerCluster", title, StringComparison.Ordinal);
        var description = page.Meta("description");
        Assert.False(string.IsNullOrWhiteSpace(description));
        if (expected.Description.Length > 0)
        {
            Assert.Equal(expected.Description, description);
            Assert.Equal(expected.Title, page.H1);
        }

        Assert.Single(page.Document.QuerySelectorAll("link[rel='canonical']"));
        Assert.Equal(Origin + url, page.Canonical);
        Assert.True(Uri.TryCreate(page.Canonical, UriKind.Absolute, out _));
        Assert.StartsWith("text/html", page.Response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ContentFacts.PageUrls), MemberType = typeof(ContentFacts))]
    public async Task Every_page_has_breadcrumbs_from_home_to_itself(string url)
    {
        var page = await _client.GetOkPageAsync(url);
        var expected = ContentFacts.Expect(url).Crumbs;

        var nav = page.Document.QuerySelector("nav.breadcrumbs");
        if (expected.Count == 1)
        {
            Assert.Null(nav);
        }
        else
        {
            Assert.NotNull(nav);
            Assert.Equal("Breadcrumb", nav.GetAttribute("aria-label"));
            var links = nav.QuerySelectorAll("ol > li > a").ToList();
            Assert.Equal(expected.Select(c => c.Label), links.Select(a => a.TextContent.Trim()));
            Assert.Equal(expected.Select(c => c.Path), links.Select(a => a.GetAttribute("href")));
            Assert.Equal("page", links[^1].GetAttribute("aria-current"));
            Assert.All(links.SkipLast(1), a => Assert.Null(a.GetAttribute("aria-current")));
        }

        // The same trail as schema.org BreadcrumbList, with absolute URLs.
        var breadcrumbList = JsonLd(page).Single(j => j.GetProperty("@type").GetString() == "BreadcrumbList");
        Assert.Equal("https://schema.org", breadcrumbList.GetProperty("@context").GetString());
        var items = breadcrumbList.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(expected.Count, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal("ListItem", items[i].GetProperty("@type").GetString());
            Assert.Equal(i + 1, items[i].GetProperty("position").GetInt32());
            Assert.Equal(expected[i].Label, items[i].GetProperty("name").GetString());
            Assert.Equal(Origin + expected[i].Path, items[i].GetProperty("item").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(ContentFacts.PageUrls), MemberType = typeof(ContentFacts))]
    public async Task Every_page_shows_when_it_was_last_reviewed_and_when_the_next_review_is_due(string url)
    {
        var page = await _client.GetOkPageAsync(url);
        var reviewed = ContentFacts.Expect(url).Reviewed!.Value;

        var aside = page.Document.QuerySelector("aside.review-dates");
        Assert.NotNull(aside);
        var text = Html.Squash(aside.TextContent);
        Assert.Contains("Page last reviewed: " + reviewed.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains("Next review due: " + reviewed.AddMonths(12).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        var times = aside.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal([reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reviewed.AddMonths(12).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], times);
    }

    [Theory]
    [MemberData(nameof(ContentFacts.PageUrls), MemberType = typeof(ContentFacts))]
    public async Task Every_page_has_open_graph_and_twitter_previews(string url)
    {
        var page = await _client.GetOkPageAsync(url);
        var expected = ContentFacts.Expect(url);

        Assert.Equal(expected.Title, page.Meta("og:title"));
        Assert.Equal(page.Meta("description"), page.Meta("og:description"));
        Assert.Equal(page.Canonical, page.Meta("og:url"));
        Assert.Equal(url.StartsWith("/roles/", StringComparison.Ordinal) ? "article" : "website", page.Meta("og:type"));
        Assert.Equal("CareerCluster", page.Meta("og:site_name"));
        Assert.Equal("summary", page.Meta("twitter:card"));
        Assert.Equal(expected.Title, page.Meta("twitter:title"));
        Assert.Equal(page.Meta("description"), page.Meta("twitter:description"));
    }

    [Theory]
    [MemberData(nameof(ContentFacts.PageUrls), MemberType = typeof(ContentFacts))]
    public async Task Every_page_links_the_print_stylesheet_and_no_inline_script(string url)
    {
        var page = await _client.GetOkPageAsync(url);

        var print = page.Document.QuerySelectorAll("link[rel='stylesheet']").Where(l => l.GetAttribute("media") == "print").ToList();
        var href = Assert.Single(print).GetAttribute("href");
        Assert.Contains("print", href, StringComparison.Ordinal);
        Assert.All(page.Document.QuerySelectorAll("script"), s => Assert.True(
            s.GetAttribute("type") == "application/ld+json" || (s.HasAttribute("src") && string.IsNullOrWhiteSpace(s.TextContent)),
            "inline script: " + s.OuterHtml));

        var css = await _client.GetAsync(new Uri(href!, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/roles", "/roles", "All roles")]
    [InlineData("/roles?region=UK", "/roles", "All roles")]
    [InlineData("/crosswalk", "/crosswalk", "US and NHS compared")]
    [InlineData("/search?q=nurse", "/search", "Search")]
    [InlineData("/compare?roles=nurses,genomics-healthcare-scientist", "/compare?roles=nurses,genomics-healthcare-scientist", "Compare roles")]
    public async Task Index_search_and_compare_pages_follow_the_same_conventions(string url, string canonicalPath, string crumb)
    {
        var page = await _client.GetOkPageAsync(url);

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(page.H1));
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("head > title")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.Meta("description")));
        Assert.Equal(Origin + canonicalPath, page.Canonical);
        Assert.Equal(page.Canonical, page.Meta("og:url"));
        Assert.False(string.IsNullOrWhiteSpace(page.Meta("og:title")));
        Assert.Equal("summary", page.Meta("twitter:card"));
        var links = page.Document.QuerySelectorAll("nav.breadcrumbs ol > li > a").ToList();
        Assert.Equal(["Home", crumb], links.Select(a => a.TextContent.Trim()));
        Assert.Contains(JsonLd(page), j => j.GetProperty("@type").GetString() == "BreadcrumbList");
    }

    internal static List<JsonElement> JsonLd(Page page) =>
        page.Document.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())
            .ToList();
}
