using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Search;

public sealed class SearchPageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static List<(string Href, string Title)> Results(Page page, string kind) =>
        page.Document.QuerySelectorAll($"section#results-{kind} ol.search-results h3 a, section[aria-labelledby='results-{kind}'] ol.search-results h3 a")
            .Select(a => (a.GetAttribute("href")!, a.TextContent.Trim()))
            .ToList();

    [Fact]
    public async Task A_prefix_finds_sonographers_first_among_roles()
    {
        var page = await _client.GetOkPageAsync("/search?q=sono");

        var roles = Results(page, "role");
        Assert.Equal("/roles/sonographers", roles[0].Href);
    }

    [Fact]
    public async Task The_porter_stemmer_matches_plural_titles()
    {
        var page = await _client.GetOkPageAsync("/search?q=therapist");

        var roles = Results(page, "role").Select(r => r.Href).ToList();
        Assert.Contains("/roles/physical-therapists", roles);
        Assert.Contains("/roles/occupational-therapists", roles);
    }

    [Fact]
    public async Task Title_matches_rank_above_body_matches()
    {
        // "haematology" is in the title of one NHS role and in the body of another (clinical biochemistry).
        var page = await _client.GetOkPageAsync("/search?q=haematology");

        var roles = Results(page, "role");
        Assert.True(roles.Count >= 2, "expected the title match and at least one body match");
        Assert.Equal("/roles/haematology-healthcare-scientist", roles[0].Href);
    }

    [Fact]
    public async Task Results_are_grouped_by_kind_with_counts_and_highlighted_snippets()
    {
        var page = await _client.GetOkPageAsync("/search?q=ultrasound");

        var groups = page.Document.QuerySelectorAll("section.search-group h2").Select(h => Html.Squash(h.TextContent)).ToList();
        Assert.Contains(groups, g => g.StartsWith("Roles (", StringComparison.Ordinal));
        Assert.Contains(groups, g => g.StartsWith("Pathways and areas (", StringComparison.Ordinal));
        var marks = page.Document.QuerySelectorAll("p.snippet mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("ultrasound", m, StringComparison.Ordinal));
        Assert.Contains("result", page.Document.QuerySelector("main p[role='status']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faq_entries_are_searchable_and_link_to_their_anchor()
    {
        var page = await _client.GetOkPageAsync("/search?q=qualifications");

        Assert.Contains(Results(page, "faq"), r => r.Href == "/faq#what-qualifications-do-i-need");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unbalanced")]
    [InlineData("*")]
    [InlineData("nurse*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(a b, 2)")]
    [InlineData("OR")]
    [InlineData("nurse OR")]
    [InlineData("AND AND")]
    [InlineData("-nurse")]
    [InlineData("title:nurse")]
    [InlineData("^nurse")]
    [InlineData("(nurse")]
    [InlineData("[nurse]")]
    [InlineData("{nurse}")]
    [InlineData("'; DROP TABLE Roles; --")]
    [InlineData("' OR 1=1 --")]
    [InlineData("Ünïcödé ñame")]
    [InlineData("😀 nurse 🩺")]
    [InlineData("\u0000")]
    [InlineData("   ")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Hostile_queries_never_fail(string query)
    {
        var page = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", page.Body, StringComparison.Ordinal);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Snippets_escape_content_except_the_highlight()
    {
        var page = await _client.GetOkPageAsync("/search?q=" + Uri.EscapeDataString("<b>nurses</b>"));

        var snippets = page.Document.QuerySelectorAll("p.snippet");
        Assert.NotEmpty(snippets);
        Assert.All(snippets, s => Assert.All(s.Children, child => Assert.Equal("MARK", child.TagName)));
        Assert.DoesNotContain("<b>nurses</b>", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_query_gets_a_friendly_400_page()
    {
        var page = await _client.GetPageAsync("/search?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, page.Response.StatusCode);
        Assert.Contains("too long", page.Document.QuerySelector("main [role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("header.site-header"));
    }

    [Fact]
    public async Task An_empty_query_shows_help_and_popular_links()
    {
        var page = await _client.GetOkPageAsync("/search?q=");

        Assert.Equal("Search careers", page.H1);
        var links = page.Document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/pathways/therapeutic-services", links);
        Assert.Contains("/pathways/life-sciences", links);
    }

    [Fact]
    public async Task No_results_says_so_and_suggests_browsing_and_the_faq()
    {
        var page = await _client.GetOkPageAsync("/search?q=zzxqwv");

        Assert.Contains("No results", page.Document.QuerySelector("main p.notice")!.TextContent, StringComparison.Ordinal);
        var links = page.Document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/faq", links);
        Assert.Contains("/roles", links);
    }

    [Fact]
    public async Task Every_page_has_a_plain_get_search_form_in_its_header()
    {
        var page = await _client.GetOkPageAsync("/roles/nurses");

        var form = page.Document.QuerySelector("header form[role='search']");
        Assert.NotNull(form);
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name='q']");
        Assert.NotNull(input);
        Assert.NotNull(page.Document.QuerySelector($"label[for='{input.Id}']"));
    }

    [Fact]
    public async Task A_question_is_searched_by_its_subject_and_says_which_words_were_left_out()
    {
        var page = await _client.GetOkPageAsync("/search?q=" + Uri.EscapeDataString("What can I do without a degree?"));

        Assert.Contains(Results(page, "faq"), r => r.Href == "/faq#what-qualifications-do-i-need");
        Assert.Equal("results-faq", page.Document.QuerySelector("section.search-group")!.GetAttribute("aria-labelledby"));
        var notices = page.Document.QuerySelectorAll("main p.notice").Select(p => Html.Squash(p.TextContent)).ToList();
        Assert.Contains(notices, n => n.Contains("left out", StringComparison.Ordinal) && n.Contains("\u201cwhat\u201d", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_no_page_has_every_word_the_pages_with_some_of_them_are_shown_and_it_says_so()
    {
        var page = await _client.GetOkPageAsync("/search?q=sonographers+zzqxv");

        Assert.Equal("/roles/sonographers", Results(page, "role")[0].Href);
        Assert.Contains(page.Document.QuerySelectorAll("main p.notice"), p => p.TextContent.Contains("No page has all of those words", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_kind_with_more_matches_than_shown_links_to_all_of_that_kind()
    {
        var overview = await _client.GetOkPageAsync("/search?q=care");

        var roles = Results(overview, "role");
        Assert.Equal(CareerCluster.Data.Search.SearchRequest.OverviewRoles, roles.Count);
        var more = overview.Document.QuerySelectorAll("section[aria-labelledby='results-role'] a")
            .Single(a => a.TextContent.StartsWith("Show more roles", StringComparison.Ordinal));
        Assert.Equal("/search?q=care&kind=role", more.GetAttribute("href"));

        var onlyRoles = await _client.GetOkPageAsync(more.GetAttribute("href")!);

        Assert.Equal(["Roles"], onlyRoles.Document.QuerySelectorAll("section.search-group h2").Select(h => h.FirstChild!.TextContent.Trim()));
        Assert.True(Results(onlyRoles, "role").Count > CareerCluster.Data.Search.SearchRequest.OverviewRoles);
        Assert.Contains(onlyRoles.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/search?q=care");
    }

    [Theory]
    [InlineData("kind=")]
    [InlineData("kind=roles")]
    [InlineData("kind=%3Cscript%3E")]
    [InlineData("kind=role%00")]
    public async Task An_unknown_kind_shows_every_kind(string kind)
    {
        var page = await _client.GetOkPageAsync("/search?q=ultrasound&" + kind);

        Assert.NotEmpty(Results(page, "role"));
        Assert.NotEmpty(Results(page, "pathway"));
    }
}
