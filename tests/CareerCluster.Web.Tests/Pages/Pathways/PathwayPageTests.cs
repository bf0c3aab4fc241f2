using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Pathways;

public sealed class PathwayPageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Fact]
    public async Task Therapeutic_services_lists_its_roles_in_order()
    {
        var page = await _client.GetOkPageAsync("/pathways/therapeutic-services");

        Assert.Equal("Therapeutic services", page.H1);
        Assert.Equal(
            ["/roles/nurses", "/roles/physical-therapists", "/roles/occupational-therapists"],
            page.Document.QuerySelectorAll("section[aria-labelledby='roles-title'] .card h3 a").Select(a => a.GetAttribute("href")).Take(3));
        var text = Html.Squash(page.MainText);
        Assert.Contains("Empathy", text, StringComparison.Ordinal);
        Assert.Contains("professional degree or certification", text, StringComparison.Ordinal);
        Assert.Contains("Median pay: $75,000 a year (USD)", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PathwaySlugs))]
    public async Task Every_pathway_lists_exactly_its_roles_by_order(string slug)
    {
        var expected = ContentFacts.Site.Roles.Where(r => r.PathwaySlug == slug)
            .OrderBy(r => r.Order ?? int.MaxValue).ThenBy(r => r.Title, StringComparer.Ordinal)
            .Select(r => "/roles/" + r.Slug);

        var page = await _client.GetOkPageAsync("/pathways/" + slug);

        Assert.Equal(expected, page.Document.QuerySelectorAll("section[aria-labelledby='roles-title'] .card h3 a").Select(a => a.GetAttribute("href")));
    }

    public static TheoryData<string> PathwaySlugs() => new(ContentFacts.Site.Pathways.Select(p => p.Slug));

    [Fact]
    public async Task Order_decides_over_alphabetical_title()
    {
        // Diagnostic services: Radiologic (1), Medical laboratory (2), Sonographers (3): not alphabetical.
        var page = await _client.GetOkPageAsync("/pathways/diagnostic-services");

        Assert.Equal(
            ["/roles/radiologic-technologists", "/roles/medical-laboratory-technologists", "/roles/sonographers"],
            page.Document.QuerySelectorAll("section[aria-labelledby='roles-title'] .card h3 a").Select(a => a.GetAttribute("href")).Take(3));
    }

    [Fact]
    public async Task Nhs_area_links_back_to_its_cluster()
    {
        var page = await _client.GetOkPageAsync("/pathways/life-sciences");

        Assert.Contains(page.Document.QuerySelectorAll(".region-badge a"), a => a.GetAttribute("href") == "/clusters/healthcare-science");
        Assert.Equal(4, page.Document.QuerySelectorAll("section[aria-labelledby='roles-title'] .card").Length);
    }

    [Fact]
    public async Task Unknown_pathway_is_a_404_in_the_site_layout()
    {
        var page = await _client.GetPageAsync("/pathways/no-such-pathway");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        NotFoundPage.AssertHelpful(page);
    }
}
