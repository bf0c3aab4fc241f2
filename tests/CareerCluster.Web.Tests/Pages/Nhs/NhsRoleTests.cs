using System.Net;
using System.Text.RegularExpressions;
using CareerCluster.Content.Model;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Nhs;

/// <summary>The NHS healthcare science roles as the site serves them, against the repository's real content.</summary>
public sealed partial class NhsRoleTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static IEnumerable<ContentPage> NhsRoles => ContentFacts.Site.Roles.Where(r => r.ClusterSlug == "healthcare-science");

    public static TheoryData<string, string> OldSlugs() => new()
    {
        { "hearing", "audiologist" },
        { "heart-and-lungs", "cardiac-physiologist" },
        { "brain-and-nervous-system", "neurophysiologist" },
        { "gastro-intestinal-tract", "gastrointestinal-physiologist" },
        { "measurement-and-imaging", "medical-physicist" },
        { "clinical-equipment-safety", "medical-engineer" },
        { "artificial-limbs-and-reconstruction", "reconstructive-scientist" },
        { "blood-diagnostic-services", "biomedical-scientist" },
        { "genetics", "genomics-healthcare-scientist" },
        { "infection-sciences", "microbiology-healthcare-scientist" },
        { "tissue-and-cellular-science", "histopathology-healthcare-scientist" },
        { "biological-data-analysis", "clinical-bioinformatician-genomics" },
    };

    [Theory]
    [MemberData(nameof(OldSlugs))]
    public async Task Every_old_nhs_slug_answers_301_to_its_new_page(string oldSlug, string newSlug)
    {
        var response = await _client.GetAsync(new Uri($"/roles/{oldSlug}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/roles/{newSlug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_role_with_a_stated_range_shows_band_range_year_and_source()
    {
        var page = await _client.GetOkPageAsync("/roles/anatomical-pathology-technologist");

        var pay = Html.Squash(page.Document.QuerySelector("section.quick-facts .band-pay")!.TextContent);
        Assert.Contains("Bands 4 and 5", pay, StringComparison.Ordinal);
        Assert.Contains("£26,530 to £36,483 a year (GBP)", pay, StringComparison.Ordinal);
        Assert.Contains("Pay year 2024/25", pay, StringComparison.Ordinal);
        Assert.Contains("NHS Health Careers: Agenda for change - pay rates", pay, StringComparison.Ordinal);
        Assert.Equal("https://www.healthcareers.nhs.uk/working-health/working-nhs/nhs-pay-and-benefits/agenda-change-pay-rates",
            page.Document.QuerySelector("section.quick-facts .band-pay a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_role_whose_top_band_has_no_official_figure_says_from()
    {
        var page = await _client.GetOkPageAsync("/roles/biomedical-scientist");

        var pay = Html.Squash(page.Document.QuerySelector("section.quick-facts .band-pay")!.TextContent);
        Assert.Contains("Bands 5 to 9", pay, StringComparison.Ordinal);
        Assert.Contains("from £29,970 a year (GBP)", pay, StringComparison.Ordinal);

        var occupation = PageConventionsTests.JsonLd(page).Single(j => j.GetProperty("@type").GetString() == "Occupation");
        var salary = occupation.GetProperty("estimatedSalary");
        Assert.Equal("MonetaryAmount", salary.GetProperty("@type").GetString());
        Assert.Equal("GBP", salary.GetProperty("currency").GetString());
        Assert.Equal(29970m, salary.GetProperty("value").GetProperty("minValue").GetDecimal());
        Assert.False(salary.GetProperty("value").TryGetProperty("maxValue", out _));
        Assert.Contains("2024/25", salary.GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_lists_the_band_and_filters_nhs_roles_by_band()
    {
        var all = await _client.GetOkPageAsync("/roles");
        Assert.Contains("Agenda for Change bands 4 and 5", Html.Squash(all.MainText), StringComparison.Ordinal);
        Assert.NotNull(all.Document.QuerySelector("select#filter-band option[value='2']"));

        var band2 = await _client.GetOkPageAsync("/roles?band=2");
        var links = band2.Document.QuerySelectorAll("ul.role-list a").Select(a => a.GetAttribute("href") ?? "").ToList();
        var expected = NhsRoles.Where(r => r.Pay?.Bands.Contains("2") == true).Select(r => "/roles/" + r.Slug).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, links.Order().ToList());
    }

    [Fact]
    public async Task Compare_shows_gbp_bands_and_usd_medians_side_by_side_never_converted()
    {
        var page = await _client.GetOkPageAsync("/compare?roles=nurses,anatomical-pathology-technologist");

        var text = Html.Squash(page.Document.QuerySelector("table.compare-table")!.TextContent);
        Assert.Contains("£26,530 to £36,483 a year (GBP)", text, StringComparison.Ordinal);
        Assert.Contains("$75,000 a year (USD)", text, StringComparison.Ordinal);
        Assert.Contains("Not comparable: different currencies, years and systems", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crosswalk_shows_every_pair_both_ways_with_its_reason()
    {
        var page = await _client.GetOkPageAsync("/crosswalk");

        var pairs = NhsRoles.SelectMany(r => r.Crosswalk.Select(c => (Role: r, Pair: c))).ToList();
        Assert.NotEmpty(pairs);
        var nhsSide = page.Document.QuerySelectorAll("section[aria-labelledby='nhs-to-us-title'] tbody tr").ToList();
        var usSide = page.Document.QuerySelectorAll("section[aria-labelledby='us-to-nhs-title'] tbody tr").ToList();
        Assert.Equal(pairs.Count, nhsSide.Count);
        Assert.Equal(pairs.Count, usSide.Count);
        foreach (var (role, pair) in pairs)
        {
            Assert.Contains(nhsSide, tr => tr.QuerySelector("th a")?.GetAttribute("href") == "/roles/" + role.Slug
                && tr.TextContent.Contains(pair.Onet, StringComparison.Ordinal)
                && Html.Squash(tr.QuerySelector(".crosswalk-reason")!.TextContent) == Html.Squash(pair.Reason));
            Assert.Contains(usSide, tr => tr.QuerySelector("td a")?.GetAttribute("href") == "/roles/" + role.Slug
                && tr.QuerySelector("th")!.TextContent.Contains(pair.Onet, StringComparison.Ordinal)
                && Html.Squash(tr.QuerySelector(".crosswalk-reason")!.TextContent) == Html.Squash(pair.Reason));
        }
    }

    [Fact]
    public async Task Each_pair_links_the_nhs_role_and_the_us_role_page_both_ways()
    {
        var pairs = NhsRoles.SelectMany(r => r.Crosswalk.Select(c => (Role: r, Pair: c))).ToList();
        foreach (var (role, pair) in pairs)
        {
            var usRole = ContentFacts.Site.Roles.SingleOrDefault(r => r.Onet?.Value == pair.Onet);
            var nhsPage = await _client.GetOkPageAsync("/roles/" + role.Slug);
            var nhsLinks = nhsPage.Document.QuerySelectorAll("section.crosswalk a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains(pair.Reason, Html.Squash(nhsPage.Document.QuerySelector("section.crosswalk")!.TextContent), StringComparison.Ordinal);
            if (usRole is null)
            {
                continue;
            }

            Assert.Contains("/roles/" + usRole.Slug, nhsLinks);
            var usPage = await _client.GetOkPageAsync("/roles/" + usRole.Slug);
            var counterparts = usPage.Document.QuerySelector("section.crosswalk");
            Assert.NotNull(counterparts);
            Assert.Contains(counterparts.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/roles/" + role.Slug);
            Assert.Contains(Html.Squash(pair.Reason), Html.Squash(counterparts.TextContent), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_nhs_role_page_has_at_least_250_words_of_body_text()
    {
        foreach (var role in NhsRoles)
        {
            var page = await _client.GetOkPageAsync("/roles/" + role.Slug);
            var body = page.Document.QuerySelector("section[aria-labelledby='about-title']")!.TextContent;
            var words = Words().Count(body);
            Assert.True(words >= 250, $"{role.RelativePath}: {words} words of body text, fewer than 250");
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Words();
}
