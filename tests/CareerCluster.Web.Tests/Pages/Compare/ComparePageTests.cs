using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Compare;

public sealed class ComparePageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static List<string> Columns(Page page) =>
        page.Document.QuerySelectorAll("table.compare-table thead th[scope='col'] > a:first-child").Select(a => a.GetAttribute("href")!).ToList();

    private static List<string> Notices(Page page) =>
        page.Document.QuerySelectorAll("main p.notice").Select(p => p.TextContent).ToList();

    [Fact]
    public async Task No_roles_asks_for_two_to_four()
    {
        var page = await _client.GetOkPageAsync("/compare");

        Assert.Empty(Columns(page));
        Assert.Contains(Notices(page), n => n.Contains("two to four", StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector("form.add-role select[name='add']"));
    }

    [Fact]
    public async Task One_role_asks_for_another()
    {
        var page = await _client.GetOkPageAsync("/compare?roles=nurses");

        Assert.Equal(["/roles/nurses"], Columns(page));
        Assert.Contains(Notices(page), n => n.Contains("at least one more", StringComparison.Ordinal));
        Assert.Equal("nurses", page.Document.QuerySelector("form.add-role input[name='roles']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Two_roles_from_both_systems_side_by_side_without_converting_pay()
    {
        var page = await _client.GetOkPageAsync("/compare?roles=nurses,genomics-healthcare-scientist");

        Assert.Equal(["/roles/nurses", "/roles/genomics-healthcare-scientist"], Columns(page));
        var text = Html.Squash(page.Document.QuerySelector("table.compare-table")!.TextContent);
        Assert.Contains("$75,000 a year (USD)", text, StringComparison.Ordinal);
        Assert.Contains("Registered nurses", text, StringComparison.Ordinal);
        Assert.Contains("No figure in our sources", text, StringComparison.Ordinal);
        Assert.Contains("UK (NHS)", text, StringComparison.Ordinal);
        Assert.Contains("not directly comparable", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("£", text, StringComparison.Ordinal);
        Assert.Empty(Notices(page));
    }

    [Fact]
    public async Task Four_roles_fit_and_each_has_a_remove_link()
    {
        var page = await _client.GetOkPageAsync("/compare?roles=nurses,genomics-healthcare-scientist,sonographers,audiologist");

        Assert.Equal(4, Columns(page).Count);
        var removeLinks = page.Document.QuerySelectorAll("a.remove-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/compare?roles=genomics-healthcare-scientist,sonographers,audiologist", removeLinks);
        Assert.Contains("/compare?roles=nurses,genomics-healthcare-scientist,sonographers", removeLinks);
        Assert.Null(page.Document.QuerySelector("form.add-role"));
    }

    [Fact]
    public async Task A_fifth_role_is_left_out_with_a_notice()
    {
        var page = await _client.GetOkPageAsync("/compare?roles=nurses,genomics-healthcare-scientist,sonographers,audiologist,medical-coders");

        Assert.Equal(4, Columns(page).Count);
        Assert.Contains(Notices(page), n => n.Contains("Only 4", StringComparison.Ordinal) && n.Contains("medical-coders", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_and_duplicate_slugs_get_notices_never_an_error()
    {
        var page = await _client.GetOkPageAsync("/compare?roles=nurses,no-such-role,nurses,%3Cscript%3E,genomics-healthcare-scientist");

        Assert.Equal(["/roles/nurses", "/roles/genomics-healthcare-scientist"], Columns(page));
        var notices = Notices(page);
        Assert.Contains(notices, n => n.Contains("no-such-role", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("twice", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_add_form_extends_the_shortlist()
    {
        var page = await _client.GetOkPageAsync("/compare?roles=nurses&add=genomics-healthcare-scientist");

        Assert.Equal(["/roles/nurses", "/roles/genomics-healthcare-scientist"], Columns(page));
    }

    [Fact]
    public async Task Share_shows_the_shortlist_url_and_its_qr_code()
    {
        var page = await _client.GetOkPageAsync("/compare?roles=nurses,genomics-healthcare-scientist");

        var share = page.Document.QuerySelector("section.share");
        Assert.NotNull(share);
        Assert.Equal("http://localhost/compare?roles=nurses,genomics-healthcare-scientist", share.QuerySelector("a.share-url")?.GetAttribute("href"));
        Assert.NotNull(share.QuerySelector("svg.qr-code"));
        Assert.Equal("http://localhost/compare?roles=nurses,genomics-healthcare-scientist", page.Canonical);
    }

    [Fact]
    public async Task Role_pages_link_to_compare()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        Assert.Contains(page.Document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/compare?roles=nurses");
    }
}
