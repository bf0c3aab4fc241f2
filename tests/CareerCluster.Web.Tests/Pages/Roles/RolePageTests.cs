using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CareerCluster.Web.Sharing;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Roles;

public sealed class RolePageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private const string Article = "Health Science Career Cluster: Pathways, Roles & More";
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static string QuickFacts(Page page)
    {
        var facts = page.Document.QuerySelector("section.quick-facts");
        Assert.NotNull(facts);
        return Html.Squash(facts.TextContent);
    }

    [Fact]
    public async Task Nurses_show_the_registered_nurses_median_pay_and_its_source()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        Assert.Equal("Nurses", page.H1);
        var facts = QuickFacts(page);
        Assert.Contains("$75,000 a year", facts, StringComparison.Ordinal);
        Assert.Contains("Figure for: Registered nurses.", facts, StringComparison.Ordinal);
        Assert.Contains("Source: " + Article, facts, StringComparison.Ordinal);
        Assert.Contains("Therapeutic services", facts, StringComparison.Ordinal);
        Assert.Contains("Health Science career cluster", facts, StringComparison.Ordinal);
        Assert.Contains("Empathy", facts, StringComparison.Ordinal);
        Assert.Contains("professional degree or certification", facts, StringComparison.Ordinal);
        Assert.Equal(Article, page.Document.QuerySelector("section.sources li")?.TextContent.Trim());
        Assert.Contains("Nurses work closely with patients", page.Document.QuerySelector("p.lede")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hospital_administrators_show_the_managers_figure_and_say_whose_it_is()
    {
        var page = await _client.GetOkPageAsync("/roles/hospital-administrators");

        var facts = QuickFacts(page);
        Assert.Contains("$100,000 a year", facts, StringComparison.Ordinal);
        Assert.Contains("Medical and health services managers", facts, StringComparison.Ordinal);
        Assert.Contains("Support services", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radiologic_technologists_show_sixty_thousand_and_the_nhs_equivalent()
    {
        var page = await _client.GetOkPageAsync("/roles/radiologic-technologists");

        Assert.Contains("$60,000 a year", QuickFacts(page), StringComparison.Ordinal);
        var otherSystem = page.Document.QuerySelector("section[aria-labelledby='other-system-title']");
        Assert.NotNull(otherSystem);
        Assert.Contains(otherSystem.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/roles/medical-physicist");
        Assert.Contains("UK (NHS)", otherSystem.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crosswalk_links_show_on_both_sides()
    {
        // medical-physicist lists no `related`; radiologic technologists and sonographers list it.
        var page = await _client.GetOkPageAsync("/roles/medical-physicist");

        var links = page.Document.QuerySelectorAll("section[aria-labelledby='other-system-title'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/roles/radiologic-technologists", links);
        Assert.Contains("/roles/sonographers", links);
    }

    [Fact]
    public async Task Nhs_specialism_pages_show_their_area_and_where_staff_work()
    {
        var blood = await _client.GetOkPageAsync("/roles/biomedical-scientist");
        Assert.Equal("Biomedical scientist", blood.H1);
        var facts = QuickFacts(blood);
        Assert.Contains("Life sciences", facts, StringComparison.Ordinal);
        Assert.Contains("NHS healthcare science", facts, StringComparison.Ordinal);
        Assert.Contains("Blood diagnostic services", facts, StringComparison.Ordinal);
        Assert.Contains("NHS hospital laboratories", facts, StringComparison.Ordinal);
        Assert.Equal("NHS Health Careers: Biomedical science", blood.Document.QuerySelector("section.sources li")?.TextContent.Trim());
        Assert.Contains("region-uk", blood.Document.Body!.ClassList);

        var genetics = await _client.GetOkPageAsync("/roles/genomics-healthcare-scientist");
        Assert.Equal("Genomics (healthcare scientist)", genetics.H1);
        Assert.Contains("Specialist hospitals", QuickFacts(genetics), StringComparison.Ordinal);
        Assert.DoesNotContain("Median pay", QuickFacts(genetics), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Occupation_structured_data_has_the_bls_salary_where_the_role_has_an_occupation()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        var occupation = PageConventionsTests.JsonLd(page).Single(j => j.GetProperty("@type").GetString() == "Occupation");
        Assert.Equal("https://schema.org", occupation.GetProperty("@context").GetString());
        Assert.Equal("Nurses", occupation.GetProperty("name").GetString());
        Assert.Equal("http://localhost/roles/nurses", occupation.GetProperty("url").GetString());
        Assert.Equal("29-1141.00", occupation.GetProperty("occupationalCategory").GetString());
        Assert.Contains("professional degree", occupation.GetProperty("educationRequirements").GetString(), StringComparison.Ordinal);
        Assert.Contains("Empathy", occupation.GetProperty("skills").GetString(), StringComparison.Ordinal);
        var salary = occupation.GetProperty("estimatedSalary");
        Assert.Equal("MonetaryAmountDistribution", salary.GetProperty("@type").GetString());
        Assert.Equal(93600m, salary.GetProperty("median").GetDecimal());
        Assert.Equal("USD", salary.GetProperty("currency").GetString());
        Assert.Equal("P1Y", salary.GetProperty("duration").GetString());
        Assert.Contains("Registered Nurses", salary.GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Occupation_structured_data_has_no_salary_where_the_content_has_none()
    {
        var page = await _client.GetOkPageAsync("/roles/genomics-healthcare-scientist");

        var occupation = PageConventionsTests.JsonLd(page).Single(j => j.GetProperty("@type").GetString() == "Occupation");
        Assert.False(occupation.TryGetProperty("estimatedSalary", out _));
        Assert.Equal("Life sciences", occupation.GetProperty("occupationalCategory").GetString());
        Assert.Equal("United Kingdom", occupation.GetProperty("occupationLocation").GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(ContentFacts.RoleUrls), MemberType = typeof(ContentFacts))]
    public async Task Every_role_has_structured_data_matching_its_content(string url)
    {
        var role = ContentFacts.Role(url["/roles/".Length..]);

        var page = await _client.GetOkPageAsync(url);

        var types = PageConventionsTests.JsonLd(page).Select(j => j.GetProperty("@type").GetString()).ToList();
        Assert.Equal(["BreadcrumbList", "Occupation"], types);
        var occupation = PageConventionsTests.JsonLd(page)[1];
        // BLS's dated figure where the role's own occupation has one, else the content's figure, if any.
        var code = role.Onet?.Value;
        var bls = code is not null && code.EndsWith(".00", StringComparison.Ordinal) && UsDataFiles.OewsRowOrNull(code[..7]) is { } row ? row : null;
        var blsMedian = bls is not null && decimal.TryParse(bls["A_MEDIAN"], System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : (decimal?)null;
        var blsAny = bls is not null && new[] { "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90" }.Any(c => decimal.TryParse(bls[c], System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal(blsAny || role.MedianPay is not null || role.Pay?.Low is not null, occupation.TryGetProperty("estimatedSalary", out var salary));
        if (blsAny)
        {
            Assert.Equal(blsMedian, salary.TryGetProperty("median", out var median) ? median.GetDecimal() : null);
            Assert.Equal("USD", salary.GetProperty("currency").GetString());
        }
        else if (role.MedianPay is { } pay)
        {
            Assert.Equal(pay.Amount, salary.GetProperty("median").GetDecimal());
            Assert.Equal(pay.Currency, salary.GetProperty("currency").GetString());
        }
        else if (role.Pay is { Low: { } low } bandPay)
        {
            // An NHS band range, in pounds and never converted.
            Assert.Equal("GBP", salary.GetProperty("currency").GetString());
            Assert.Equal(low, salary.GetProperty("value").GetProperty("minValue").GetDecimal());
            Assert.Contains(bandPay.Year, salary.GetProperty("name").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Qr_code_is_inline_svg_of_the_canonical_url()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        var svg = page.Document.QuerySelector("figure.qr svg.qr-code");
        Assert.NotNull(svg);
        Assert.Contains("http://localhost/roles/nurses", page.Document.QuerySelector("figure.qr figcaption")!.TextContent, StringComparison.Ordinal);

        // Well-formed XML, and exactly what the QR library draws for the canonical URL.
        var expected = new QrCodes().Svg("http://localhost/roles/nurses")!;
        Assert.Contains(expected, page.Body, StringComparison.Ordinal);
        var xml = XDocument.Parse(expected);
        Assert.Equal("svg", xml.Root!.Name.LocalName);
        Assert.NotEqual(new QrCodes().Svg("http://localhost/roles/genetics"), expected);
    }

    [Fact]
    public async Task Copy_link_and_compare_actions_work_without_javascript()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        Assert.Equal("http://localhost/roles/nurses", page.Document.QuerySelector("a.copy-link")?.GetAttribute("href"));
        Assert.Equal("/compare?roles=nurses", page.Document.QuerySelector(".role-actions a[href^='/compare']")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/roles/no-such-role")]
    [InlineData("/roles/nurse")]
    [InlineData("/roles/nurses-1")]
    public async Task Unknown_role_is_a_404_in_the_site_layout(string url)
    {
        var page = await _client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        NotFoundPage.AssertHelpful(page);
    }

    [Fact]
    public async Task Structured_data_is_script_safe()
    {
        var page = await _client.GetOkPageAsync("/roles/hospital-administrators");

        foreach (var script in page.Document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            Assert.DoesNotContain("</", script.TextContent, StringComparison.Ordinal);
            using var _ = JsonDocument.Parse(script.TextContent);
        }
    }
}
