using System.Globalization;
using CareerCluster.Content.OccupationData;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Roles;

/// <summary>The /roles filters and sorts that read the US occupation data, checked against the data files themselves.</summary>
public sealed class RoleDataFilterTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static List<string> RoleLinks(Page page) =>
        page.Document.QuerySelectorAll("main ul.role-list a[href^='/roles/']").Select(a => a.GetAttribute("href")!).Order().ToList();

    private static List<string> Expected(Func<OccupationRecord, bool> keep) =>
        ContentFacts.Site.Roles
            .Where(r => r.Onet is { } code && ContentFacts.Site.UsData.Occupations.TryGetValue(code.Value, out var o) && keep(o))
            .Select(r => $"/roles/{r.Slug}").Order().ToList();

    [Fact]
    public async Task Interest_filter_keeps_roles_whose_high_points_include_the_letter()
    {
        var page = await _client.GetOkPageAsync("/roles?interest=S");

        var links = RoleLinks(page);
        Assert.Contains("/roles/nurses", links);
        Assert.Equal(Expected(o => o.Interests?.HighPoints.Contains('S') == true), links);
        Assert.Contains("high points", page.Document.QuerySelector("label[for='filter-interest']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Job_zone_and_education_filters_match_the_data()
    {
        var zone = await _client.GetOkPageAsync("/roles?zone=4");
        Assert.Contains("/roles/nurses", RoleLinks(zone));
        Assert.Equal(Expected(o => o.JobZone == 4), RoleLinks(zone));

        var bachelors = "Bachelor's degree";
        var education = await _client.GetOkPageAsync("/roles?education=" + Uri.EscapeDataString(bachelors));
        Assert.Contains("/roles/nurses", RoleLinks(education));
        Assert.Equal(Expected(o => o.Projection?.EntryEducation == bachelors), RoleLinks(education));
    }

    [Fact]
    public async Task Growth_bands_compare_with_all_occupations()
    {
        var all = ContentFacts.Site.UsData.ProjectionSummaries.Single(p => p.Code == "00-0000").ChangePercent;

        var faster = await _client.GetOkPageAsync("/roles?growth=faster");
        Assert.Contains("/roles/nurses", RoleLinks(faster));
        Assert.Equal(Expected(o => o.Projection?.ChangePercent > all), RoleLinks(faster));

        var declining = await _client.GetOkPageAsync("/roles?growth=declining");
        Assert.Equal(Expected(o => o.Projection?.ChangePercent < 0), RoleLinks(declining));
    }

    [Fact]
    public async Task Sort_by_pay_puts_the_highest_median_first_and_roles_without_one_last()
    {
        var page = await _client.GetOkPageAsync("/roles?sort=pay");

        var table = page.Document.QuerySelector("main table.role-table")!;
        Assert.Contains("Median pay (BLS, May 2024)", table.QuerySelector("thead")!.TextContent, StringComparison.Ordinal);
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => (
            Href: tr.QuerySelector("a")!.GetAttribute("href")!,
            Pay: tr.QuerySelectorAll("td")[0].TextContent.Trim())).ToList();
        Assert.Equal(ContentFacts.Site.Roles.Count, rows.Count);

        var amounts = rows.Select(r => r.Pay == "\u2014" ? (decimal?)null
            : decimal.Parse(r.Pay.Replace("$", "", StringComparison.Ordinal).Replace(" or more", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture)).ToList();
        var withFigure = amounts.TakeWhile(a => a is not null).ToList();
        Assert.True(withFigure.Count > 50);
        Assert.All(amounts.Skip(withFigure.Count), a => Assert.Null(a));
        Assert.Equal(withFigure.OrderByDescending(a => a).ToList(), withFigure);

        var highest = ContentFacts.Site.Roles
            .Where(r => r.Onet is { } code && ContentFacts.Site.UsData.Occupations[code.Value].Wages?.AnnualMedian.Amount is not null)
            .Max(r => ContentFacts.Site.UsData.Occupations[r.Onet!.Value].Wages!.AnnualMedian.Amount);
        Assert.Equal(highest, withFigure[0]);

        var nurses = rows.Single(r => r.Href == "/roles/nurses");
        Assert.Equal("$93,600", nurses.Pay);
    }

    [Fact]
    public async Task Sort_by_growth_is_highest_first_and_the_list_shows_growth()
    {
        var page = await _client.GetOkPageAsync("/roles?sort=growth&region=US");
        var growth = page.Document.QuerySelectorAll("main table.role-table tbody tr td:nth-child(3)").Select(td => td.TextContent.Trim()).ToList();
        var figures = growth.TakeWhile(g => g != "\u2014")
            .Select(g => decimal.Parse(g.Replace("\u2212", "-", StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(figures);
        Assert.Equal(figures.OrderByDescending(f => f).ToList(), figures);

        var grouped = await _client.GetOkPageAsync("/roles?region=US");
        var nurse = grouped.Document.QuerySelectorAll("main ul.role-list li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/roles/nurses");
        Assert.Contains("$93,600", nurse.TextContent, StringComparison.Ordinal);
        Assert.Contains("+4.9%", nurse.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/roles?zone=9&interest=XYZ")]
    [InlineData("/roles?sort=drop+table&growth=%00")]
    [InlineData("/roles?education=%3Cscript%3Ealert(1)%3C%2Fscript%3E&zone=-1")]
    [InlineData("/roles?zone=99999999999999999999&sort=pay%27--")]
    public async Task Malformed_values_are_ignored_with_a_notice(string url)
    {
        var page = await _client.GetOkPageAsync(url);

        Assert.NotEmpty(page.Document.QuerySelectorAll("main p.notice"));
        Assert.DoesNotContain("<script>", page.Body, StringComparison.Ordinal);
        Assert.NotEmpty(RoleLinks(page));
    }
}
