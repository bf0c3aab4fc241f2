using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Search;

/// <summary>A candidate limit small enough for the real content, so a broad word takes the bounded path.</summary>
public sealed class BroadSearchFactory : CareerClusterFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Search:CandidateLimit", "3")];
}

public sealed class BroadSearchTests(BroadSearchFactory factory) : IClassFixture<BroadSearchFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Fact]
    public async Task A_word_in_more_roles_than_are_ranked_says_so_and_gives_the_count_as_a_lower_bound()
    {
        var page = await _client.GetOkPageAsync("/search?q=care");

        var section = page.Document.QuerySelector("section[aria-labelledby='results-role']")!;
        Assert.Equal("Roles (3+)", Html.Squash(section.QuerySelector("h2")!.TextContent));
        Assert.Contains("more than 3 roles, too many to rank them all", section.QuerySelector("p.notice")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("More than ", page.Document.QuerySelector("main p[role='status']")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(section.QuerySelectorAll("ol.search-results li"));
    }

    [Fact]
    public async Task A_narrow_word_is_ranked_in_full_with_no_notice()
    {
        var page = await _client.GetOkPageAsync("/search?q=acupuncturists");

        var section = page.Document.QuerySelector("section[aria-labelledby='results-role']")!;
        Assert.Null(section.QuerySelector("p.notice"));
        Assert.Equal("/roles/acupuncturists", section.QuerySelector("ol.search-results h3 a")!.GetAttribute("href"));
    }
}
