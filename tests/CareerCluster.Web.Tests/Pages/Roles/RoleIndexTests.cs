using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Roles;

public sealed class RoleIndexTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static List<string> RoleLinks(Page page) =>
        page.Document.QuerySelectorAll("main ul.role-list a[href^='/roles/']").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task Lists_every_role_grouped_by_cluster_and_pathway()
    {
        var page = await _client.GetOkPageAsync("/roles");

        var expected = ContentFacts.Site.Roles.Select(r => $"/roles/{r.Slug}").Order().ToList();
        Assert.Equal(expected, RoleLinks(page).Order().ToList());
        var clusterHeadings = page.Document.QuerySelectorAll("main section.role-index-cluster > h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/clusters/health-science", "/clusters/healthcare-science"], clusterHeadings);
        Assert.Equal(9, page.Document.QuerySelectorAll("main section.role-index-cluster h3").Length);
    }

    [Fact]
    public async Task Region_filter_keeps_only_that_system()
    {
        var page = await _client.GetOkPageAsync("/roles?region=UK");

        var expected = ContentFacts.Site.Roles.Where(r => r.ClusterSlug == "healthcare-science").Select(r => $"/roles/{r.Slug}").Order().ToList();
        Assert.Equal(expected, RoleLinks(page).Order().ToList());
        Assert.Equal("UK", page.Document.QuerySelector("select[name='region'] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Filters_compose_and_the_url_is_the_shareable_view()
    {
        var page = await _client.GetOkPageAsync("/roles?region=US&pay=yes");

        Assert.Equal(["/roles/hospital-administrators", "/roles/nurses", "/roles/radiologic-technologists"], RoleLinks(page).Order().ToList());

        var narrowed = await _client.GetOkPageAsync("/roles?region=US&pay=yes&pathway=diagnostic-services");
        Assert.Equal(["/roles/radiologic-technologists"], RoleLinks(narrowed));

        var form = narrowed.Document.QuerySelector("form.filters");
        Assert.Equal("get", form?.GetAttribute("method"));
    }

    [Fact]
    public async Task Work_setting_and_cluster_filters_narrow_the_list()
    {
        var page = await _client.GetOkPageAsync("/roles?cluster=healthcare-science&setting=" + Uri.EscapeDataString("Cardiac operating theatres"));

        Assert.Equal(["/roles/clinical-perfusion-scientist"], RoleLinks(page));
    }

    [Theory]
    [InlineData("/roles?region=FR")]
    [InlineData("/roles?cluster=nope&pathway=%3Cscript%3E")]
    [InlineData("/roles?setting=moon+base&pay=maybe")]
    [InlineData("/roles?region=%00&pathway=..%2F..%2Fetc")]
    public async Task Unknown_values_are_ignored_with_a_notice(string url)
    {
        var page = await _client.GetOkPageAsync(url);

        Assert.NotEmpty(page.Document.QuerySelectorAll("main p.notice"));
        Assert.DoesNotContain("<script>", page.Body, StringComparison.Ordinal);
        Assert.NotEmpty(RoleLinks(page));
    }
}
