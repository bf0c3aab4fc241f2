using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Home;

public sealed class HomePageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Fact]
    public async Task Lists_both_clusters_side_by_side_with_all_nine_pathways()
    {
        var page = await _client.GetOkPageAsync("/");

        var columns = page.Document.QuerySelectorAll("section.cluster-column").ToList();
        Assert.Equal(2, columns.Count);
        Assert.Equal(["/clusters/health-science", "/clusters/healthcare-science"], columns.Select(c => c.QuerySelector("h2 a")?.GetAttribute("href")));
        Assert.Equal(["Health Science career cluster", "NHS healthcare science"], columns.Select(c => c.QuerySelector("h2 a")?.TextContent.Trim()));
        Assert.Contains("region-us", columns[0].ClassList);
        Assert.Contains("region-uk", columns[1].ClassList);

        var pathwayLinks = columns.SelectMany(c => c.QuerySelectorAll(".card h3 a")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(9, pathwayLinks.Count);
        Assert.Equal(ContentFacts.Site.Pathways.Select(p => "/pathways/" + p.Slug).Order(), pathwayLinks.Order());

        // Within each cluster, pathways follow their `order`.
        Assert.Equal(
            ["/pathways/therapeutic-services", "/pathways/diagnostic-services", "/pathways/health-informatics", "/pathways/support-services", "/pathways/biotechnology-research-and-development"],
            columns[0].QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal(
            ["/pathways/life-sciences", "/pathways/physiological-sciences", "/pathways/clinical-engineering-and-medical-physics", "/pathways/bioinformatics"],
            columns[1].QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Every_seed_fact_is_reachable_by_following_links_from_home()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var texts = new List<string>();
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
            {
                continue;
            }

            var page = await _client.GetOkPageAsync(url);
            texts.Add(Html.Squash(page.MainText));
            foreach (var href in page.Document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!))
            {
                var path = href.Split('#')[0];
                if (path.StartsWith("/clusters/", StringComparison.Ordinal) || path.StartsWith("/pathways/", StringComparison.Ordinal)
                    || path.StartsWith("/roles/", StringComparison.Ordinal) || path == "/faq")
                {
                    queue.Enqueue(path);
                }
            }
        }

        var expected = ContentFacts.AllPageUrls().ToHashSet();
        Assert.Subset(seen, expected);
        var all = string.Join("\n", texts);
        foreach (var fact in new[] { "13%", "5%", "2021-2031", "$75,000", "$60,000", "$100,000", "Registered nurses", "Medical and health services managers" })
        {
            Assert.Contains(fact, all, StringComparison.Ordinal);
        }
    }
}
