using CareerCluster.Data.Search;

namespace CareerCluster.Data.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("sono", "\"sono\"*")]
    [InlineData("  Sono  TECH ", "\"sono\"* \"tech\"*")]
    [InlineData("\"NEAR(a b)\" OR -x:y^*", "\"near\"* \"a\"* \"b\"* \"or\"* \"x\"* \"y\"*")]
    [InlineData("café 😀", "\"café\"*")]
    public void Every_word_becomes_a_quoted_prefix_term(string input, string expected)
    {
        Assert.Equal(expected, SearchQuery.ToMatchExpression(SearchQuery.Terms(input)));
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
