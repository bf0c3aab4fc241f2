using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Search;

/// <summary>Roles are found by their occupation's other names and tasks from the O*NET data.</summary>
public sealed class OccupationSearchTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static List<string> RoleHrefs(Page page) =>
        page.Document.QuerySelectorAll("section[aria-labelledby='results-role'] ol.search-results h3 a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task Ultrasound_tech_finds_diagnostic_medical_sonographers()
    {
        Assert.Equal("29-2032.00", ContentFacts.Role("sonographers").Onet!.Value);

        var page = await _client.GetOkPageAsync("/search?q=ultrasound+tech");

        Assert.Equal("/roles/sonographers", RoleHrefs(page)[0]);
    }

    [Fact]
    public async Task A_reported_title_finds_its_role()
    {
        // "Certified Operating Room Nurse (CNOR)" is a reported title of registered nurses (29-1141.00).
        Assert.Contains(ContentFacts.Site.UsData.Occupations["29-1141.00"].ReportedTitles, t => t.Contains("CNOR", StringComparison.Ordinal));

        var page = await _client.GetOkPageAsync("/search?q=CNOR");

        Assert.Contains("/roles/nurses", RoleHrefs(page));
    }

    [Fact]
    public async Task A_core_task_finds_its_role()
    {
        // From O*NET's core tasks for diagnostic medical sonographers, not in the role's Markdown.
        var page = await _client.GetOkPageAsync("/search?q=sonogram");

        Assert.Contains("/roles/sonographers", RoleHrefs(page));
    }
}
