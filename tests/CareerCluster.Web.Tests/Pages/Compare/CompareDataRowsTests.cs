using System.Globalization;
using CareerCluster.Content.OccupationData;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Compare;

/// <summary>The compare rows read from the US occupation data, checked against the data files.</summary>
public sealed class CompareDataRowsTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static Dictionary<string, List<string>> Rows(Page page) =>
        page.Document.QuerySelectorAll("table.compare-table tbody tr").ToDictionary(
            tr => Html.Squash(tr.QuerySelector("th")!.TextContent),
            tr => tr.QuerySelectorAll("td").Select(td => Html.Squash(td.TextContent)).ToList());

    private static string Money(Wage wage) => "$" + wage.Amount!.Value.ToString("N0", CultureInfo.InvariantCulture) + (wage.AtOrAbove ? " or more" : "");

    [Fact]
    public async Task Two_real_roles_show_their_percentiles_growth_openings_education_and_interests()
    {
        var page = await _client.GetOkPageAsync("/compare?roles=nurses,sonographers");
        var rows = Rows(page);

        var data = ContentFacts.Site.UsData.Occupations;
        var occupations = new[] { "nurses", "sonographers" }.Select(slug => data[ContentFacts.Role(slug).Onet!.Value]).ToList();
        (string Label, Func<OccupationWages, Wage> Read)[] percentiles =
        [
            ("10th percentile pay (BLS OEWS, May 2024)", w => w.AnnualP10), ("25th percentile pay (BLS OEWS, May 2024)", w => w.AnnualP25),
            ("Median pay (BLS OEWS, May 2024)", w => w.AnnualMedian), ("75th percentile pay (BLS OEWS, May 2024)", w => w.AnnualP75),
            ("90th percentile pay (BLS OEWS, May 2024)", w => w.AnnualP90),
        ];
        foreach (var (label, read) in percentiles)
        {
            Assert.Equal(occupations.Select(o => Money(read(o.Wages!))).ToList(), rows[label]);
        }

        Assert.Equal("$93,600", rows["Median pay (BLS OEWS, May 2024)"][0]);
        var growth = rows.Single(r => r.Key.StartsWith("Projected growth (BLS, 2024", StringComparison.Ordinal));
        Assert.Contains("all occupations 3.1%", growth.Key, StringComparison.Ordinal);
        Assert.Equal("+4.9%", growth.Value[0]);
        Assert.Equal("189,100", rows.Single(r => r.Key.StartsWith("Openings a year", StringComparison.Ordinal)).Value[0]);
        Assert.Equal(occupations.Select(o => o.Projection!.EntryEducation!).ToList(), rows.Single(r => r.Key.StartsWith("Typical entry education", StringComparison.Ordinal)).Value);
        Assert.Equal("Social, Investigative, Conventional (SIC)", rows["Interests (O*NET high points)"][0]);
    }

    [Fact]
    public async Task Each_role_also_has_a_card_with_the_same_rows_for_phones()
    {
        var page = await _client.GetOkPageAsync("/compare?roles=nurses,genomics-healthcare-scientist");

        var cards = page.Document.QuerySelectorAll("section.compare-card").ToList();
        Assert.Equal(["/roles/nurses", "/roles/genomics-healthcare-scientist"], cards.Select(c => c.QuerySelector("h2 a")!.GetAttribute("href")!).ToList());
        var tableRows = page.Document.QuerySelectorAll("table.compare-table tbody th").Select(th => Html.Squash(th.TextContent)).ToList();
        Assert.Equal(tableRows, cards[0].QuerySelectorAll("dt").Select(dt => Html.Squash(dt.TextContent)).ToList());
        Assert.Contains("Not in the US data", cards[1].TextContent, StringComparison.Ordinal);
    }
}
