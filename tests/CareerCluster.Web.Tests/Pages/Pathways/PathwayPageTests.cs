using System.Globalization;
using System.Net;
using CareerCluster.Tests;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Pathways;

public sealed class PathwayPageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private const string Rows = "section[aria-labelledby='roles-title'] table tbody tr";

    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static List<string> RoleLinks(Page page) =>
        page.Document.QuerySelectorAll(Rows + " th a").Select(a => a.GetAttribute("href")!).ToList();

    /// <summary>Each row's link and its cells' text (pay, growth).</summary>
    private static List<(string Href, string[] Cells)> Table(Page page) =>
        page.Document.QuerySelectorAll(Rows)
            .Select(tr => (tr.QuerySelector("th a")!.GetAttribute("href")!, tr.QuerySelectorAll("td").Select(td => Html.Squash(td.TextContent)).ToArray()))
            .ToList();

    [Fact]
    public async Task Therapeutic_services_lists_its_occupations_in_the_editors_order_with_bls_pay_and_growth()
    {
        var page = await _client.GetOkPageAsync("/pathways/therapeutic-services");

        Assert.Equal("Therapeutic services", page.H1);
        Assert.Equal(["/roles/nurses", "/roles/physical-therapists", "/roles/occupational-therapists"], RoleLinks(page).Take(3));
        var text = Html.Squash(page.MainText);
        Assert.Contains("Empathy", text, StringComparison.Ordinal);
        Assert.Contains("professional degree or certification", text, StringComparison.Ordinal);
        var headers = page.Document.QuerySelectorAll("section[aria-labelledby='roles-title'] thead th").Select(th => Html.Squash(th.TextContent)).ToList();
        Assert.Equal(["Occupation", "Median pay (BLS OEWS, May 2024)", "Growth 2024–34 (BLS)"], headers);
        Assert.Equal(["$93,600", "+4.9%"], Table(page).Single(r => r.Href == "/roles/nurses").Cells);
    }

    [Theory]
    [MemberData(nameof(PathwaySlugs))]
    public async Task Every_pathway_lists_its_roles_by_order_then_the_occupations_the_listing_puts_there(string slug)
    {
        var pathway = ContentFacts.Pathway(slug);
        var own = ContentFacts.Site.Roles.Where(r => r.PathwaySlug == slug)
            .OrderBy(r => r.Order ?? int.MaxValue).ThenBy(r => r.Title, StringComparer.Ordinal)
            .Select(r => "/roles/" + r.Slug);
        var listedHere = ContentFacts.Site.Roles
            .Where(r => r.PathwaySlug != slug && r.Onet is { } code && ContentFacts.Site.UsData.Occupations.TryGetValue(code.Value, out var o)
                && o.ListedPathways.Any(p => string.Equals(p, pathway.Title, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .Select(r => "/roles/" + r.Slug);

        var page = await _client.GetOkPageAsync("/pathways/" + slug);

        Assert.Equal(own.Concat(listedHere), RoleLinks(page));
    }

    public static TheoryData<string> PathwaySlugs() => new(ContentFacts.Site.Pathways.Select(p => p.Slug));

    [Fact]
    public async Task Order_decides_over_alphabetical_title()
    {
        // Diagnostic services: Radiologic (1), Medical laboratory (2), Sonographers (3): not alphabetical.
        var page = await _client.GetOkPageAsync("/pathways/diagnostic-services");

        Assert.Equal(["/roles/radiologic-technologists", "/roles/medical-laboratory-technologists", "/roles/sonographers"], RoleLinks(page).Take(3));
    }

    [Fact]
    public async Task Sort_by_pay_follows_the_oews_file_highest_first_and_puts_roles_without_a_median_last()
    {
        var medians = OewsMedians();
        var page = await _client.GetOkPageAsync("/pathways/therapeutic-services?sort=pay");

        var table = Table(page);
        var expected = table
            .Select(row => (row.Href, Median: MedianOf(row.Href, medians)))
            .OrderBy(r => r.Median is null).ThenByDescending(r => r.Median?.Amount)
            .Select(r => r.Href);
        Assert.Equal(expected, table.Select(r => r.Href));
        Assert.True(table.Count(r => r.Cells[0] != "—") > 50, "most therapeutic occupations have a BLS median");
        Assert.Contains(table, r => r.Cells[0] == "—");
        Assert.All(table.Where(r => r.Cells[0] == "—"), r => Assert.Null(MedianOf(r.Href, medians)));
        Assert.All(table.Where(r => r.Cells[0] != "—"), r =>
        {
            var median = MedianOf(r.Href, medians)!.Value;
            Assert.Equal("$" + median.Amount.ToString("N0", CultureInfo.InvariantCulture) + (median.TopCoded ? " or more" : ""), r.Cells[0]);
        });
        Assert.Equal("descending", page.Document.QuerySelectorAll("section[aria-labelledby='roles-title'] thead th")[1].GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Sort_by_growth_and_by_title_are_plain_links_that_reorder_the_same_rows()
    {
        var plain = await _client.GetOkPageAsync("/pathways/therapeutic-services");
        Assert.Contains(plain.Document.QuerySelectorAll(".sort-links a"), a => a.GetAttribute("href") == "/pathways/therapeutic-services?sort=growth#roles-title");

        var growth = Table(await _client.GetOkPageAsync("/pathways/therapeutic-services?sort=growth"));
        var percents = growth.TakeWhile(r => r.Cells[1] != "—").Select(r => decimal.Parse(r.Cells[1].Replace('\u2212', '-').TrimEnd('%'), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(percents.OrderDescending(), percents);
        Assert.All(growth.Skip(percents.Count), r => Assert.Equal("—", r.Cells[1]));

        var byTitle = await _client.GetOkPageAsync("/pathways/therapeutic-services?sort=title");
        var titles = byTitle.Document.QuerySelectorAll(Rows + " th a").Select(a => a.TextContent).ToList();
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
        Assert.Equal(RoleLinks(plain).Order(), growth.Select(r => r.Href).Order());
    }

    [Fact]
    public async Task Chart_has_one_bar_per_occupation_with_a_median_highest_first_and_names_its_table()
    {
        var page = await _client.GetOkPageAsync("/pathways/therapeutic-services");

        var chart = page.Document.QuerySelector("figure.occupation-pay-chart")!;
        var withMedian = Table(page).Count(r => r.Cells[0] != "—");
        Assert.Equal(withMedian, chart.QuerySelectorAll("rect.bar").Length);
        var widths = chart.QuerySelectorAll("rect.bar").Select(r => double.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths.OrderDescending(), widths);
        Assert.Equal("img", chart.QuerySelector("svg")!.GetAttribute("role"));
        Assert.Equal("occupation-pay-caption", chart.QuerySelector("svg")!.GetAttribute("aria-labelledby"));
        Assert.Equal("#occupations-table", chart.QuerySelector("figcaption a")!.GetAttribute("href"));
        Assert.NotNull(page.Document.GetElementById("occupations-table"));
        Assert.Contains("BLS OEWS, May 2024", chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_occupation_listed_in_two_pathways_appears_on_both()
    {
        var role = ContentFacts.Site.Roles.Single(r => r.Onet?.Value == "29-9021.00");

        foreach (var slug in new[] { "therapeutic-services", "health-informatics" })
        {
            var page = await _client.GetOkPageAsync("/pathways/" + slug);
            Assert.Contains("/roles/" + role.Slug, RoleLinks(page));
        }
    }

    [Fact]
    public async Task Therapeutic_services_stays_light()
    {
        var response = await _client.GetAsync(new Uri("/pathways/therapeutic-services", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.True(bytes.Length <= 60 * 1024, $"{bytes.Length} bytes");
    }

    [Theory]
    [InlineData("?sort=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("?sort=pay%00")]
    [InlineData("?sort=pay&sort=growth")]
    [InlineData("?sort=")]
    [InlineData("?sort[]=pay")]
    public async Task Hostile_sort_values_are_ignored(string query)
    {
        var plain = RoleLinks(await _client.GetOkPageAsync("/pathways/therapeutic-services"));

        var page = await _client.GetPageAsync("/pathways/therapeutic-services" + query);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.DoesNotContain("<script>alert", page.Body, StringComparison.Ordinal);
        if (query != "?sort=pay&sort=growth")
        {
            Assert.Equal(plain, RoleLinks(page));
        }
    }

    [Fact]
    public async Task Nhs_area_links_back_to_its_cluster_and_keeps_the_roles_cited_pay()
    {
        var page = await _client.GetOkPageAsync("/pathways/life-sciences");

        Assert.Contains(page.Document.QuerySelectorAll(".region-badge a"), a => a.GetAttribute("href") == "/clusters/healthcare-science");
        Assert.Equal(ContentFacts.Site.Roles.Count(r => r.PathwaySlug == "life-sciences"), page.Document.QuerySelectorAll(Rows).Length);
        Assert.Contains("Band", Html.Squash(page.Document.QuerySelector("section[aria-labelledby='roles-title'] tbody")!.TextContent), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".sort-links"));
        Assert.DoesNotContain("BLS", Html.Squash(page.Document.QuerySelector("section[aria-labelledby='roles-title']")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_pathway_is_a_404_in_the_site_layout()
    {
        var page = await _client.GetPageAsync("/pathways/no-such-pathway");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        NotFoundPage.AssertHelpful(page);
    }

    /// <summary>A_MEDIAN by SOC code from the OEWS file itself ('#' is top-coded at $239,200; '*' and '**' are no estimate).</summary>
    private static Dictionary<string, (decimal Amount, bool TopCoded)?> OewsMedians()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Content, "data", "us", "bls-oews", "national_M2024_dl.health.tsv"));
        var header = lines[0].Split('\t');
        int code = Array.IndexOf(header, "OCC_CODE"), median = Array.IndexOf(header, "A_MEDIAN");
        return lines.Skip(1).Select(l => l.Split('\t')).GroupBy(f => f[code]).ToDictionary(g => g.Key, g =>
        {
            var value = g.First()[median];
            return value == "#" ? (239_200m, true)
                : decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? (amount, false) : ((decimal, bool)?)null;
        });
    }

    /// <summary>A role's median: the OEWS row of its O*NET code when the data join gives that occupation wages (not a wider BLS group).</summary>
    private static (decimal Amount, bool TopCoded)? MedianOf(string href, Dictionary<string, (decimal Amount, bool TopCoded)?> medians)
    {
        var role = ContentFacts.Role(href["/roles/".Length..]);
        return role.Onet is { } code && ContentFacts.Site.UsData.Occupations[code.Value].Wages is not null && code.Value.EndsWith(".00", StringComparison.Ordinal)
            ? medians.GetValueOrDefault(code.Value[..7])
            : null;
    }
}
