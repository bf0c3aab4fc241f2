using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Crosswalk;

public sealed class CrosswalkPageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Fact]
    public async Task Pairs_us_pathways_with_nhs_areas_through_related_roles()
    {
        var page = await _client.GetOkPageAsync("/crosswalk");

        var rows = page.Document.QuerySelectorAll("table.crosswalk-table tbody tr")
            .Select(tr => (
                Us: tr.QuerySelector("th a")!.GetAttribute("href"),
                Uk: tr.QuerySelector("td a")!.GetAttribute("href"),
                Pairs: tr.QuerySelectorAll("ul.pair-list li").Select(li => li.QuerySelectorAll("a").Take(2).Select(a => a.GetAttribute("href")).ToList()).ToList()))
            .ToList();

        var diagnostic = Assert.Single(rows, r => r.Us == "/pathways/diagnostic-services" && r.Uk == "/pathways/clinical-engineering-and-medical-physics");
        Assert.Contains(diagnostic.Pairs, p => p.SequenceEqual(["/roles/sonographers", "/roles/medical-physicist"]));
        Assert.Contains(rows, r => r.Us == "/pathways/diagnostic-services" && r.Uk == "/pathways/life-sciences");
        Assert.Contains(rows, r => r.Us == "/pathways/health-informatics" && r.Uk == "/pathways/bioinformatics");
    }

    [Fact]
    public async Task Every_related_pair_in_the_content_appears_once()
    {
        var page = await _client.GetOkPageAsync("/crosswalk");

        var pairs = page.Document.QuerySelectorAll("ul.pair-list li")
            .Select(li => string.Join(">", li.QuerySelectorAll("a").Take(2).Select(a => a.GetAttribute("href"))))
            .ToList();
        var usRoles = ContentFacts.Site.Roles.Where(r => r.ClusterSlug == "health-science").ToDictionary(r => r.Slug);
        var ukRoles = ContentFacts.Site.Roles.Where(r => r.ClusterSlug == "healthcare-science").ToDictionary(r => r.Slug);
        var expected = ContentFacts.Site.Roles
            .SelectMany(r => r.Related.Select(rel => (From: r.Slug, To: rel.Value)))
            .Select(p => usRoles.ContainsKey(p.From) ? (Us: p.From, Uk: p.To) : (Us: p.To, Uk: p.From))
            .Where(p => usRoles.ContainsKey(p.Us) && ukRoles.ContainsKey(p.Uk))
            .Select(p => $"/roles/{p.Us}>/roles/{p.Uk}")
            .Distinct()
            .Order()
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, pairs.Order().ToList());
    }

    [Fact]
    public async Task Related_roles_show_in_both_directions_on_role_pages()
    {
        foreach (var role in ContentFacts.Site.Roles.Where(r => r.Related.Count > 0))
        {
            foreach (var related in role.Related)
            {
                var page = await _client.GetOkPageAsync($"/roles/{related.Value}");
                var links = page.Document.QuerySelectorAll("section.related a[href]").Select(a => a.GetAttribute("href")).ToList();
                Assert.Contains($"/roles/{role.Slug}", links);
            }
        }
    }
}
