using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Clusters;

public sealed class ClusterPageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Fact]
    public async Task Us_cluster_shows_the_outlook_figures_from_the_seed()
    {
        var page = await _client.GetOkPageAsync("/clusters/health-science");

        Assert.Equal("Health Science career cluster", page.H1);
        var text = Html.Squash(page.MainText);
        Assert.Contains("13%", text, StringComparison.Ordinal);
        Assert.Contains("5%", text, StringComparison.Ordinal);
        Assert.Contains("2021-2031", text, StringComparison.Ordinal);
        var chart = page.Document.QuerySelector("figure.outlook-chart");
        Assert.NotNull(chart);
        Assert.Contains("13%", chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Health Science Career Cluster: Pathways, Roles &amp; More", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Us_cluster_adds_the_bls_projection_for_healthcare_groups_beside_all_occupations()
    {
        var page = await _client.GetOkPageAsync("/clusters/health-science");

        var rows = page.Document.QuerySelectorAll("section[aria-labelledby='projections-title'] tbody tr")
            .Select(r => r.Children.Select(c => Html.Squash(c.TextContent)).ToArray())
            .ToList();
        // Table 1.2 rows, in thousands in the file: 29-0000 10,067.5 -> 10,794.4 (+7.2%), 31-0000 +12.4%, all occupations +3.1%.
        Assert.Equal(["Healthcare practitioners and technical occupations (29-0000)", "10,067,500", "10,794,400", "+7.2%", "634,900"], rows[0]);
        Assert.Equal("+12.4%", rows[1][3]);
        Assert.Equal(["Total, all occupations (00-0000)", "169,956,100", "175,167,900", "+3.1%", "18,863,300"], rows[2]);
        Assert.Contains("Projected employment, 2024–34 (BLS)", page.Document.QuerySelector("#projections-title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Us_cluster_lists_its_five_pathways_in_order()
    {
        var page = await _client.GetOkPageAsync("/clusters/health-science");

        var links = page.Document.QuerySelectorAll("section[aria-labelledby='pathways-title'] .card h3 a").Select(a => a.GetAttribute("href"));
        Assert.Equal(
            ["/pathways/therapeutic-services", "/pathways/diagnostic-services", "/pathways/health-informatics", "/pathways/support-services", "/pathways/biotechnology-research-and-development"],
            links);
    }

    [Fact]
    public async Task Nhs_cluster_lists_its_four_areas_and_no_outlook_chart()
    {
        var page = await _client.GetOkPageAsync("/clusters/healthcare-science");

        Assert.Equal("NHS healthcare science", page.H1);
        Assert.Contains("UK (NHS)", page.Document.QuerySelector(".region-badge")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.Document.QuerySelectorAll("section[aria-labelledby='pathways-title'] .card").Length);
        Assert.Null(page.Document.QuerySelector("figure.outlook-chart"));
    }

    [Fact]
    public async Task Cluster_lists_its_faq_entries()
    {
        var page = await _client.GetOkPageAsync("/clusters/health-science");

        var questions = page.Document.QuerySelectorAll("section[aria-labelledby='questions-title'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/faq#what-is-the-job-outlook", questions);
    }

    [Theory]
    [InlineData("/clusters/no-such-cluster")]
    [InlineData("/clusters/health")]
    public async Task Unknown_cluster_is_a_404_in_the_site_layout(string url)
    {
        var page = await _client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        NotFoundPage.AssertHelpful(page);
    }
}
