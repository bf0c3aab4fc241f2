using CareerCluster.Data.Search;

namespace CareerCluster.Data.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("sono", "\"sono\"*")]
    [InlineData("  Sono  TECH ", "\"sono\"* \"tech\"*")]
    [InlineData("\"NEAR(a b)\" OR -x:y^*", "\"near\"* \"a\" \"b\" \"or\"* \"x\" \"y\"")]
    [InlineData("café 😀", "\"café\"*")]
    public void Every_word_becomes_a_quoted_term_and_a_prefix_unless_a_single_letter(string input, string expected)
    {
        Assert.Equal(expected, SearchQuery.ToMatchExpression(SearchQuery.Terms(input)));
    }

    [Fact]
    public void Whole_words_are_matched_without_the_prefix_star()
    {
        var terms = SearchQuery.Terms("patient care");

        Assert.Equal(["patient"], SearchQuery.WholeWordCandidates(terms));
        Assert.Equal("\"patient\" \"care\"*", SearchQuery.ToMatchExpression(terms, new HashSet<string> { "patient" }));
        Assert.Equal("\"patient\" OR \"care\"*", SearchQuery.ToAnyWordExpression(terms, new HashSet<string> { "patient" }));
    }

    [Theory]
    [InlineData("sono")]
    [InlineData("lab tech")]
    [InlineData("dna tests")]
    public void Short_or_last_words_stay_prefixes(string input)
    {
        Assert.Empty(SearchQuery.WholeWordCandidates(SearchQuery.Terms(input)));
    }

    [Theory]
    [InlineData("what can I do without a degree", "degree")]
    [InlineData("How do I become a nurse?", "nurse")]
    [InlineData("what", "what")]
    [InlineData("the and", "the and")]
    public void Question_words_are_left_out_unless_nothing_else_is_left(string input, string expected)
    {
        Assert.Equal(expected, string.Join(' ', SearchQuery.KeyTerms(SearchQuery.Terms(input))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*()-:^")]
    [InlineData(null)]
    public void Input_with_no_words_has_no_terms(string? input)
    {
        Assert.Empty(SearchQuery.Terms(input));
    }
}
