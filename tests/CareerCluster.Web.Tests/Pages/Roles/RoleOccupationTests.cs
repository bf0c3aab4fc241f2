using System.Globalization;
using CareerCluster.Web.Tests.Infrastructure;
using CareerCluster.Web.Tests.Pages;

namespace CareerCluster.Web.Tests.Pages.Roles;

/// <summary>Role pages against the real O*NET and BLS files: every figure as the file says, with its source and period.</summary>
public sealed class RoleOccupationTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static string Section(Page page, string headingId)
    {
        var section = page.Document.QuerySelector($"section[aria-labelledby='{headingId}']");
        Assert.True(section is not null, $"no section {headingId}");
        return Html.Squash(section.TextContent);
    }

    /// <summary>How to get in: each term with its description.</summary>
    private static Dictionary<string, string> EntryFacts(Page page) =>
        page.Document.QuerySelectorAll("dl.entry-facts > div")
            .ToDictionary(d => Html.Squash(d.QuerySelector("dt")!.TextContent), d => Html.Squash(d.QuerySelector("dd")!.TextContent));

    private static List<(string Label, string Value)> Rows(Page page, string tableClass) =>
        page.Document.QuerySelectorAll($"table.{tableClass} tbody tr")
            .Select(r => (Html.Squash(r.QuerySelector("th")!.TextContent), Html.Squash(r.QuerySelector("td")!.TextContent))).ToList();

    [Fact]
    public async Task Nurses_show_the_bls_and_onet_figures_each_with_its_source_and_period()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        var pay = Section(page, "pay-title");
        Assert.Contains("$93,600 a year, median, May 2024, BLS OEWS.", pay, StringComparison.Ordinal);
        Assert.Contains("Hourly median: $45.00 an hour, May 2024, BLS OEWS.", pay, StringComparison.Ordinal);
        Assert.Contains("Employment: 3,282,010 jobs", pay, StringComparison.Ordinal);
        Assert.Contains("around $75,000 a year for registered nurses", pay, StringComparison.Ordinal);
        Assert.Contains("the article's figure, not BLS's", pay, StringComparison.Ordinal);
        Assert.Equal(
            [("10th percentile", "$66,030"), ("25th percentile", "$78,610"), ("Median (50th)", "$93,600"), ("75th percentile", "$107,960"), ("90th percentile", "$135,320")],
            Rows(page, "pay-percentiles"));

        var outlook = Section(page, "outlook-title");
        Assert.Contains("3,391,000 in 2024 → 3,557,100 in 2034", outlook, StringComparison.Ordinal);
        Assert.Contains("+4.9% (2024–34), against +3.1% for all occupations", outlook, StringComparison.Ordinal);
        Assert.Contains("189,100 a year", outlook, StringComparison.Ordinal);

        var entry = EntryFacts(page);
        Assert.StartsWith("Bachelor's degree 2024–34, BLS Employment Projections.", entry["Typical entry education"], StringComparison.Ordinal);
        Assert.StartsWith("4 of 5: Job Zone Four: Considerable Preparation Needed.", entry["Job zone"], StringComparison.Ordinal);

        var interests = Section(page, "interests-title");
        Assert.Contains("Strongest interests: Social, Investigative, Conventional", interests, StringComparison.Ordinal);

        Assert.Contains("Around $75,000 a year (USD) The article's undated estimate.", Html.Squash(page.Document.QuerySelector("section.quick-facts")!.TextContent), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nurses", "29-1141.00")]
    [InlineData("anesthesiologists", "29-1211.00")]
    [InlineData("family-medicine-physicians", "29-1215.00")]
    [InlineData("radiologic-technologists", "29-2034.00")]
    public async Task Pay_percentiles_and_hourly_median_are_the_oews_row_with_special_values_named(string slug, string code)
    {
        var row = UsDataFiles.OewsRow(code[..7]);

        var page = await _client.GetOkPageAsync($"/roles/{slug}");

        Assert.Equal(
            new[] { "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90" }.Select(c => UsDataFiles.Annual(row[c])).ToList(),
            Rows(page, "pay-percentiles").Select(r => r.Value).ToList());
        var pay = Section(page, "pay-title");
        Assert.Contains($"Hourly median: {UsDataFiles.Hourly(row["H_MEDIAN"])} an hour", pay, StringComparison.Ordinal);
        Assert.Contains($"Employment: {long.Parse(row["TOT_EMP"], CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture)} jobs", pay, StringComparison.Ordinal);
        if (row["A_MEDIAN"] != "#")
        {
            Assert.Contains($"{UsDataFiles.Annual(row["A_MEDIAN"])} a year, median, May 2024, BLS OEWS.", pay, StringComparison.Ordinal);
        }

        Assert.Equal(row.Values.Any(v => v == "#"), pay.Contains("BLS publishes no figure above $239,200 a year", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_top_coded_median_reads_or_more()
    {
        Assert.Equal("#", UsDataFiles.OewsRow("29-1211")["A_MEDIAN"]);

        var page = await _client.GetOkPageAsync("/roles/anesthesiologists");

        var pay = Section(page, "pay-title");
        Assert.Contains("$239,200 or more a year, median, May 2024, BLS OEWS.", pay, StringComparison.Ordinal);
        Assert.Contains("Hourly median: $115.00 or more an hour", pay, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nurses", "29-1141.00")]
    [InlineData("anesthesiologists", "29-1211.00")]
    [InlineData("radiologic-technologists", "29-2034.00")]
    [InlineData("phlebotomists", "31-9097.00")]
    public async Task Outlook_and_entry_routes_are_the_projections_row(string slug, string code)
    {
        var row = UsDataFiles.ProjectionRow(code[..7]);

        var page = await _client.GetOkPageAsync($"/roles/{slug}");

        var outlook = Section(page, "outlook-title");
        Assert.Contains($"{UsDataFiles.Thousands(row["Employment, 2024"])} in 2024 → {UsDataFiles.Thousands(row["Employment, 2034"])} in 2034", outlook, StringComparison.Ordinal);
        var change = decimal.Parse(row["Employment change, percent, 2024–34"], CultureInfo.InvariantCulture);
        Assert.Contains($"{(change > 0 ? "+" : "")}{change.ToString("0.0", CultureInfo.InvariantCulture)}% (2024–34)", outlook, StringComparison.Ordinal);
        Assert.Contains($"Openings: {UsDataFiles.Thousands(row["Occupational openings, 2024–34 annual average"])} a year", outlook, StringComparison.Ordinal);
        var entry = EntryFacts(page);
        Assert.StartsWith(row["Typical education needed for entry"] + " ", entry["Typical entry education"], StringComparison.Ordinal);
        Assert.StartsWith(row["Work experience in a related occupation"] + " ", entry["Work experience in a related occupation"], StringComparison.Ordinal);
        Assert.StartsWith(row["Typical on-the-job training needed to attain competency in the occupation"] + " ", entry["On-the-job training"], StringComparison.Ordinal);
        Assert.StartsWith($"{UsDataFiles.JobZone(code)} of 5: ", entry["Job zone"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nurses", "29-1141.00")]
    [InlineData("anesthesiologists", "29-1211.00")]
    [InlineData("acute-care-nurses", "29-1141.01")]
    public async Task Description_core_tasks_and_interests_are_onets(string slug, string code)
    {
        var tasks = UsDataFiles.CoreTasks(code);
        var scores = UsDataFiles.Interests(code, "OI");

        var page = await _client.GetOkPageAsync($"/roles/{slug}");

        var what = Section(page, "what-title");
        Assert.Contains(Html.Squash(UsDataFiles.Occupation(code)["Description"]), what, StringComparison.Ordinal);
        Assert.Equal(tasks.Take(8).ToList(), page.Document.QuerySelectorAll("ul.tasks li").Select(li => li.TextContent.Trim()).ToList());
        if (tasks.Count > 8)
        {
            Assert.Contains($"And {tasks.Count - 8} more core tasks", what, StringComparison.Ordinal);
        }

        var shown = page.Document.QuerySelectorAll("table.interests tbody tr")
            .ToDictionary(r => r.GetAttribute("data-letter")!, r => r.QuerySelector("td")!.TextContent.Trim());
        foreach (var (name, score) in scores)
        {
            Assert.Equal(score.ToString("0.00", CultureInfo.InvariantCulture), shown[name[..1]]);
        }

        var order = UsDataFiles.Interests(code, "IH").OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (int)kv.Value).Where(v => v > 0);
        var names = new[] { "Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional" };
        Assert.Contains("Strongest interests: " + string.Join(", ", order.Select(v => names[v - 1])), Section(page, "interests-title"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acute-care-nurses", "29-1141")]
    [InlineData("health-it-specialists", "15-1211")]
    public async Task A_detailed_occupation_under_a_wider_bls_row_shows_no_bls_figure_and_says_why(string slug, string soc)
    {
        var row = UsDataFiles.OewsRow(soc);

        var page = await _client.GetOkPageAsync($"/roles/{slug}");

        var pay = Section(page, "pay-title");
        Assert.Contains("No BLS pay figure is shown: BLS publishes pay only for the wider group", pay, StringComparison.Ordinal);
        Assert.Contains($"({soc})", pay, StringComparison.Ordinal);
        Assert.DoesNotContain(UsDataFiles.Annual(row["A_MEDIAN"]), page.MainText, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("table.pay-percentiles"));
        Assert.Contains("No BLS projection is shown", Section(page, "outlook-title"), StringComparison.Ordinal);
        Assert.Contains("What they do", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_us_role_without_a_code_says_it_is_wider_than_one_occupation()
    {
        var page = await _client.GetOkPageAsync("/roles/biotechnologists");

        Assert.Contains("wider than any one O*NET occupation, so no O*NET or BLS figures are shown", page.MainText, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("section[aria-labelledby='pay-title']"));
        Assert.Null(page.Document.QuerySelector("p.attribution"));
    }

    [Fact]
    public async Task A_uk_role_has_no_occupation_sections_and_no_us_note()
    {
        var page = await _client.GetOkPageAsync("/roles/genomics-healthcare-scientist");

        Assert.Null(page.Document.QuerySelector("section[aria-labelledby='pay-title']"));
        Assert.Empty(page.Document.QuerySelectorAll("section.occupation"));
        Assert.DoesNotContain("wider than any one", page.MainText, StringComparison.Ordinal);
        // Its crosswalk names US occupations by code, but none of their figures.
        Assert.DoesNotContain("BLS OEWS", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_with_onet_data_carry_the_cc_by_attribution_linking_the_licence_and_about_data()
    {
        foreach (var url in new[] { "/roles/nurses", "/roles/acute-care-nurses", "/about/data" })
        {
            var page = await _client.GetOkPageAsync(url);

            var attribution = page.Document.QuerySelector("p.attribution");
            Assert.True(attribution is not null, url);
            Assert.Contains("O*NET 29.2", attribution.TextContent, StringComparison.Ordinal);
            var links = attribution.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains("https://creativecommons.org/licenses/by/4.0/", links);
            Assert.Contains("/about/data", links);
        }
    }

    [Fact]
    public async Task Also_called_and_related_occupations_link_only_roles_on_the_site()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        var titles = page.Document.QuerySelectorAll("ul.also-called li").Select(li => li.TextContent.Trim()).ToList();
        Assert.InRange(titles.Count, 1, 8);
        var related = page.Document.QuerySelectorAll("ul.related-occupations a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(related);
        foreach (var href in related)
        {
            Assert.StartsWith("/roles/", href, StringComparison.Ordinal);
            (await _client.GetOkPageAsync(href)).Response.EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Structured_data_has_the_onet_code_and_the_dated_oews_distribution()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        var occupation = PageConventionsTests.JsonLd(page).Single(j => j.GetProperty("@type").GetString() == "Occupation");
        Assert.Equal("29-1141.00", occupation.GetProperty("occupationalCategory").GetString());
        var salary = occupation.GetProperty("estimatedSalary");
        Assert.Equal("MonetaryAmountDistribution", salary.GetProperty("@type").GetString());
        Assert.Equal(93600m, salary.GetProperty("median").GetDecimal());
        Assert.Equal(66030m, salary.GetProperty("percentile10").GetDecimal());
        Assert.Equal(135320m, salary.GetProperty("percentile90").GetDecimal());
        Assert.Equal("2024-05", salary.GetProperty("validFrom").GetString());
        Assert.Contains("May 2024", salary.GetProperty("name").GetString(), StringComparison.Ordinal);

        var topCoded = PageConventionsTests.JsonLd(await _client.GetOkPageAsync("/roles/anesthesiologists")).Single(j => j.GetProperty("@type").GetString() == "Occupation");
        var anesthesiology = topCoded.GetProperty("estimatedSalary");
        Assert.False(anesthesiology.TryGetProperty("median", out _));
        Assert.Equal(124450m, anesthesiology.GetProperty("percentile10").GetDecimal());
    }

    [Fact]
    public async Task About_data_lists_every_release_with_its_licence_and_the_yearly_update()
    {
        var page = await _client.GetOkPageAsync("/about/data");

        Assert.Equal("About the data", page.H1);
        var releases = page.Document.QuerySelectorAll("li[data-release]").ToDictionary(li => li.GetAttribute("data-release")!, li => Html.Squash(li.TextContent));
        Assert.Equal(["onet", "oews", "ep", "clusters"], releases.Keys.ToList());
        Assert.Contains("29.2", releases["onet"], StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", releases["onet"], StringComparison.Ordinal);
        Assert.Contains("May 2024", releases["oews"], StringComparison.Ordinal);
        Assert.Contains("Public domain", releases["oews"], StringComparison.Ordinal);
        Assert.Contains("2024–34", releases["ep"], StringComparison.Ordinal);
        Assert.Contains("content/README.md", page.MainText, StringComparison.Ordinal);
        Assert.Contains("import-occupations", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nurse_page_html_stays_under_30_kb()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(page.Body), 1, 30 * 1024 - 1);
    }
}
