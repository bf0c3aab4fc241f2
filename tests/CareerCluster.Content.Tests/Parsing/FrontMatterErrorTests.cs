using CareerCluster.Tests;
using static CareerCluster.Content.Tests.ContentAssert;

namespace CareerCluster.Content.Tests.Parsing;

/// <summary>Each front-matter mistake an editor can make, reported at the exact file and line.</summary>
public sealed class FrontMatterErrorTests : IDisposable
{
    private const string Nurses = "clusters/us/care/nurses.md";
    private readonly TempContentTree _tree = new();

    public FrontMatterErrorTests() => SampleContent.WriteMinimalSite(_tree);

    public void Dispose() => _tree.Dispose();

    /// <summary>Numbered lines make the expected line numbers visible in the test.</summary>
    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    private static readonly string[] Sources = ["sources:", "  - name: \"Seed\""];

    [Fact]
    public void Invalid_yaml_is_reported_at_the_line_of_the_bad_value()
    {
        _tree.Write(Nurses, Lines(
            "---",                            // 1
            "title: \"Nurses\"",              // 2
            "summary: \"About nurses.\"",     // 3
            "skills: [Empathy, Care",         // 4  unclosed flow sequence: noticed only on a later line
            "last_reviewed: 2026-06-01",      // 5
            "sources:",                       // 6
            "  - name: \"Seed\"",             // 7
            "---",                            // 8
            "",
            "Body."));

        var result = Load(_tree);

        var error = Error(result, Nurses, 4, "invalid YAML");
        Assert.DoesNotContain("Idx:", error.Message, StringComparison.Ordinal);
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Unclosed_flow_mapping_is_reported_at_its_opening_line()
    {
        _tree.Write(Nurses, Lines(
            "---",                            // 1
            "title: \"Nurses\"",              // 2
            "summary: \"About nurses.\"",     // 3
            "median_pay: {amount: 75000, currency: USD", // 4
            "last_reviewed: 2026-06-01",      // 5
            "sources:",                       // 6
            "  - name: \"Seed\"",             // 7
            "---",
            "",
            "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 4, "invalid YAML");
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Unclosed_quote_is_reported_at_its_line()
    {
        _tree.Write(Nurses, Lines(
            "---",                            // 1
            "title: \"Nurses\"",              // 2
            "summary: \"About nurses.",       // 3
            "last_reviewed: 2026-06-01",      // 4
            "sources:",                       // 5
            "  - name: \"Seed\"",             // 6
            "---",
            "",
            "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 3, "invalid YAML");
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_key()
    {
        _tree.Write(Nurses, Lines(
            "---",                            // 1
            "title: \"Nurses\"",              // 2
            "summary: \"About nurses.\"",     // 3
            "title: \"Nurses again\"",        // 4
            "last_reviewed: 2026-06-01",
            "sources:",
            "  - name: \"Seed\"",
            "---",
            "",
            "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 4, "invalid YAML");
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void A_key_that_is_not_a_name_is_reported_not_thrown()
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"",
            "median_pay: {amount: 1, currency: USD, period: year, [a, b]: 1}", // 4
            "? [odd, key]",                   // 5
            ": value",
            "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        Error(result, Nurses, 4, "key");
        Error(result, Nurses, 5, "key");
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void A_source_entry_that_is_not_a_mapping_is_reported()
    {
        _tree.Write(Nurses, Lines(
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"", "last_reviewed: 2026-06-01",
            "sources:",                       // 5
            "  - \"Just a name\"",            // 6
            "---", "", "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 6, "'sources' must be a set of 'name: value' lines");
    }

    [Fact]
    public void Invalid_yaml_indentation_is_reported_at_its_line()
    {
        _tree.Write(Nurses, Lines(
            "---",                            // 1
            "title: \"Nurses\"",              // 2
            "summary: \"About nurses.\"",     // 3
            "last_reviewed: 2026-06-01",      // 4
            "  order: 2",                     // 5  stray indentation
            "sources:",                       // 6
            "  - name: \"Seed\"",             // 7
            "---",
            "",
            "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 5, "invalid YAML");
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Front_matter_not_opened_is_reported_on_line_1()
    {
        _tree.Write(Nurses, Lines("title: \"Nurses\"", "summary: \"About nurses.\"", "", "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 1, "front matter not opened");
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Front_matter_not_closed_is_reported()
    {
        _tree.Write(Nurses, Lines("---", "title: \"Nurses\"", "summary: \"About nurses.\"", "last_reviewed: 2026-06-01", "", "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 1, "front matter not closed");
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Missing_required_key_is_named()
    {
        _tree.Write(Nurses, Lines(["---", "title: \"Nurses\"", "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        Error(result, Nurses, 2, "missing required key 'summary'");
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Missing_sources_and_last_reviewed_are_both_named()
    {
        _tree.Write(Nurses, Lines("---", "title: \"Nurses\"", "summary: \"About nurses.\"", "---", "", "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 2, "missing required key 'last_reviewed'");
        Error(result, Nurses, 2, "missing required key 'sources'");
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        _tree.Write(Nurses, Lines([
            "---",                            // 1
            "title: \"Nurses\"",              // 2
            "summmary: \"About nurses.\"",    // 3
            "last_reviewed: 2026-06-01",      // 4
            .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        var error = Error(result, Nurses, 3, "unknown key 'summmary'");
        Assert.Contains("did you mean 'summary'", error.Message, StringComparison.Ordinal);
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Unknown_key_far_from_any_known_key_lists_the_allowed_keys()
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"", "last_reviewed: 2026-06-01",
            "favourite_colour: blue",         // 5
            .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        var error = Error(result, Nurses, 5, "unknown key 'favourite_colour'");
        Assert.Contains("median_pay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_of_another_page_kind_is_unknown_for_a_role()
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"",
            "region: US",                     // 4: only clusters have a region
            "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        Error(result, Nurses, 4, "unknown key 'region' for a role");
    }

    [Fact]
    public void Wrong_type_for_order_is_reported_at_the_value()
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"",
            "order: two",                     // 4
            "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        var error = Error(result, Nurses, 4, "'order' must be a whole number");
        Assert.Contains("'two'", error.Message, StringComparison.Ordinal);
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Wrong_type_for_a_list_is_reported()
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"",
            "skills: Empathy",                // 4
            "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        Error(result, Nurses, 4, "'skills' must be a list");
    }

    [Fact]
    public void Draft_must_be_true_or_false()
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"",
            "draft: maybe",                   // 4
            "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        Error(result, Nurses, 4, "'draft' must be true or false");
    }

    [Theory]
    [InlineData("2026-13-45")]
    [InlineData("2026-02-30")]
    [InlineData("24/11/2026")]
    [InlineData("yesterday")]
    public void Bad_date_is_reported_at_its_line(string date)
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"",
            $"last_reviewed: {date}",         // 4
            .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        var error = Error(result, Nurses, 4, "'last_reviewed' must be a real date written YYYY-MM-DD");
        Assert.Contains(date, error.Message, StringComparison.Ordinal);
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Summary_over_300_characters_is_reported_with_its_length()
    {
        var summary = new string('a', 301);
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"",
            $"summary: \"{summary}\"",        // 3
            "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        var error = Error(result, Nurses, 3, "'summary' is 301 characters");
        Assert.Contains("300", error.Message, StringComparison.Ordinal);
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Summary_of_exactly_300_characters_is_fine()
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", $"summary: \"{new string('a', 300)}\"", "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        Clean(Load(_tree));
    }

    [Fact]
    public void Median_pay_in_euros_is_reported_at_the_currency_line()
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"",
            "median_pay:",                    // 4
            "  amount: 75000",                // 5
            "  currency: EUR",                // 6
            "  period: year",                 // 7
            "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        var error = Error(result, Nurses, 6, "'currency' must be USD or GBP");
        Assert.Contains("'EUR'", error.Message, StringComparison.Ordinal);
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Median_pay_missing_a_field_and_with_an_unknown_field_is_reported()
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"",
            "median_pay:",                    // 4
            "  amount: 75000",                // 5
            "  currency: USD",                // 6
            "  perod: year",                  // 7
            "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        Error(result, Nurses, 7, "did you mean 'period'");
        Error(result, Nurses, 5, "'median_pay' is missing 'period'");
    }

    [Fact]
    public void Region_other_than_us_or_uk_is_reported_at_its_line()
    {
        const string Cluster = "clusters/uk/_index.md";
        _tree.Write(Cluster, Lines([
            "---", "title: \"UK careers\"", "summary: \"About UK careers.\"",
            "region: FR",                     // 4
            "last_reviewed: 2026-06-01", .. Sources, "---", "", "Body."]));

        var result = Load(_tree);

        var error = Error(result, Cluster, 4, "'region' must be US or UK");
        Assert.Contains("'FR'", error.Message, StringComparison.Ordinal);
        OnlyErrorsIn(result, Cluster);
    }

    [Fact]
    public void Empty_body_is_reported_at_the_closing_fence()
    {
        _tree.Write(Nurses, Lines([
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"", "last_reviewed: 2026-06-01", .. Sources,
            "---",                            // 7
            "",
            "   "]));

        var result = Load(_tree);

        Error(result, Nurses, 7, "the body is empty");
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void Source_url_that_is_not_http_is_reported()
    {
        _tree.Write(Nurses, Lines(
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"", "last_reviewed: 2026-06-01",
            "sources:",                       // 5
            "  - name: \"Seed\"",             // 6
            "    url: \"javascript:alert(1)\"", // 7
            "---", "", "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 7, "must be a full http:// or https:// address");
    }

    [Fact]
    public void Empty_sources_list_is_reported()
    {
        _tree.Write(Nurses, Lines(
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"", "last_reviewed: 2026-06-01",
            "sources: []",                    // 5
            "---", "", "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 5, "'sources' must be a list with at least one");
    }

    [Fact]
    public void Source_without_a_name_is_reported()
    {
        _tree.Write(Nurses, Lines(
            "---", "title: \"Nurses\"", "summary: \"About nurses.\"", "last_reviewed: 2026-06-01",
            "sources:",                       // 5
            "  - url: \"https://example.org\"", // 6
            "---", "", "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 6, "'sources' is missing 'name'");
    }
}
