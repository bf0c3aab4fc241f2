using CareerCluster.Data.Loading;
using CareerCluster.Data.Search;
using CareerCluster.Tests;
using Microsoft.Extensions.Options;

namespace CareerCluster.Data.Tests.Search;

/// <summary>Search over a real built database: counts, tiers, bounded ranking, question words and the any-word fallback.</summary>
public sealed class SearchServiceTests : IAsyncLifetime
{
    private const int Roles = 30;
    private readonly DataHarness _harness = new();
    private readonly ActiveContent _active = new();

    public async Task InitializeAsync()
    {
        var tree = _harness.Tree;
        tree.Write("clusters/us/_index.md", SampleContent.Cluster("US careers", "US", ["order: 1"]));
        tree.Write("clusters/us/lab/_index.md", SampleContent.Pathway("Laboratory work", ["order: 1"], body: "Pathway body about microscopes."));
        // Every role mentions "microscope" in its body; the summary says it only for every third role.
        for (var i = 1; i <= Roles; i++)
        {
            var summary = i % 3 == 0 ? $"Role {i:00} works with a microscope every day." : $"Role {i:00} keeps the lab tidy.";
            tree.Write($"clusters/us/lab/role-{i:00}.md", SampleContent.Page(
                [$"title: \"Scientist {i:00}\"", $"summary: \"{summary}\"", "last_reviewed: 2026-06-01", "sources:", "  - name: \"Seed document\""],
                $"The team uses a microscope. Entry is possible without a degree through an apprenticeship {i}."));
        }

        tree.Write("clusters/us/lab/sonographers.md", SampleContent.Role("Sonographers", body: "Ultrasound imaging of the body."));
        tree.Write("faq/degree.md", SampleContent.Faq("Do I need a degree?", ["cluster: us"], body: "Many roles take a degree; some take an apprenticeship."));
        using var publisher = _harness.CreatePublisher(_active);
        Assert.Equal(PublishOutcome.Built, (await publisher.PublishAsync()).Outcome);
    }

    public Task DisposeAsync()
    {
        _harness.Dispose();
        return Task.CompletedTask;
    }

    private Task<SearchResults> SearchAsync(string input, string? onlyKind = null, int candidateLimit = 1000) =>
        new SearchService(_active, Options.Create(new SearchOptions { CandidateLimit = candidateLimit }))
            .SearchAsync(new SearchRequest(input, onlyKind), CancellationToken.None);

    private static SearchKindResults Kind(SearchResults results, string kind) => Assert.Single(results.Kinds, k => k.Kind == kind);

    [Fact]
    public async Task Counts_are_exact_per_kind_while_only_the_best_hits_are_listed()
    {
        var results = await SearchAsync("microscope");

        var roles = Kind(results, "Role");
        Assert.Equal((Roles, false), (roles.Count, roles.MoreThanCount));
        Assert.Equal(SearchRequest.OverviewRoles, roles.Hits.Count);
        Assert.Equal(1, Kind(results, "Pathway").Count);
        Assert.Equal(Roles + 1, results.Total);
        Assert.False(roles.Narrowed);
    }

    [Fact]
    public async Task Roles_with_the_word_in_their_summary_come_before_roles_that_only_mention_it()
    {
        var hits = Kind(await SearchAsync("microscope", onlyKind: "Role"), "Role").Hits;

        Assert.Equal(Roles, hits.Count);
        var summaryMatches = Enumerable.Range(1, Roles).Count(i => i % 3 == 0);
        Assert.All(hits.Take(summaryMatches), h => Assert.Equal(0, int.Parse(h.Slug["role-".Length..], System.Globalization.CultureInfo.InvariantCulture) % 3));
        Assert.All(hits.Skip(summaryMatches), h => Assert.NotEqual(0, int.Parse(h.Slug["role-".Length..], System.Globalization.CultureInfo.InvariantCulture) % 3));
        Assert.All(hits, h => Assert.Contains("<mark>microscope</mark>", h.SnippetHtml, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_broad_word_is_ranked_among_a_bounded_candidate_set_and_says_so()
    {
        var results = await SearchAsync("microscope", candidateLimit: 5);

        var roles = Kind(results, "Role");
        Assert.True(roles.Narrowed);
        Assert.Equal((5, true), (roles.Count, roles.MoreThanCount));
        // Each tier (title or summary, then the rest) ranks at most 5 candidates.
        Assert.InRange(roles.Hits.Count, 5, 10);
        Assert.All(roles.Hits.Take(5), h => Assert.Contains("</mark> every day", h.SnippetHtml, StringComparison.Ordinal));
        Assert.Equal(roles.Hits.Count, roles.Hits.Select(h => h.Slug).Distinct().Count());
        Assert.False(Kind(await SearchAsync("sonographers", candidateLimit: 5), "Role").Narrowed);
    }

    [Fact]
    public async Task One_kind_alone_lists_more_of_it_and_nothing_else()
    {
        var results = await SearchAsync("microscope", onlyKind: "Role");

        var roles = Assert.Single(results.Kinds);
        Assert.Equal("Role", roles.Kind);
        Assert.Equal(Roles, roles.Hits.Count);
    }

    [Fact]
    public async Task Question_words_are_left_out_so_a_question_finds_its_subject()
    {
        var results = await SearchAsync("What can I do without a degree?");

        Assert.Equal(["degree"], results.Terms);
        Assert.Contains("what", results.LeftOut);
        Assert.Contains(Kind(results, "Faq").Hits, h => h.Slug == "degree");
        Assert.False(results.AnyWord);
    }

    [Fact]
    public async Task When_no_page_has_every_word_pages_with_some_of_them_are_shown()
    {
        var results = await SearchAsync("sonographers zzqxv");

        Assert.True(results.AnyWord);
        Assert.Equal("sonographers", Kind(results, "Role").Hits[0].Slug);
    }

    [Fact]
    public async Task A_prefix_matches_and_a_finished_earlier_word_matches_whole()
    {
        Assert.Equal("sonographers", Kind(await SearchAsync("sono"), "Role").Hits[0].Slug);
        // "microscope" is followed by another word, so it is matched whole (stemmed), not as a prefix.
        Assert.Equal(Roles, Kind(await SearchAsync("microscope team"), "Role").Count);
    }

    [Fact]
    public async Task Nothing_to_search_for_gives_no_results()
    {
        Assert.Same(SearchResults.Empty, await SearchAsync(" \"*()- "));
        Assert.Empty((await SearchAsync("zzqxv")).Kinds);
    }
}
