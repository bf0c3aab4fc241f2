using CareerCluster.Tests;
using static CareerCluster.Content.Tests.ContentAssert;

namespace CareerCluster.Content.Tests.Validation;

/// <summary>The NHS role keys `pay`, `crosswalk` and `division`: each mistake reported at its own line.</summary>
public sealed class NhsRoleKeyTests : IDisposable
{
    private const string Path = "clusters/uk/science/genetics.md";
    private readonly TempContentTree _tree = new();

    public NhsRoleKeyTests() => SampleContent.WriteMinimalSite(_tree);

    public void Dispose() => _tree.Dispose();

    /// <summary>A UK role whose one source has a URL, so only the key under test can be wrong.</summary>
    private static string Role(string pathway, params string[] lines) => SampleContent.Page(
    [
        "title: \"Genetics\"",                   // 2
        "summary: \"About genetics.\"",          // 3
        .. lines,                                // 4...
        "last_reviewed: 2026-06-01",
        "sources:",
        "  - name: \"Pay page\"",
        "    url: \"https://www.example.org/pay\"",
        "  - name: \"Book\"",
    ], $"Body in {pathway}.");

    private static string[] Pay(string bands = "[\"5\", \"6\"]", string? year = "\"2024/25\"", string low = "29970", string? high = "44962", string source = "Pay page", string currency = "GBP") =>
    [
        "pay:",                                  // 4
        $"  currency: {currency}",               // 5
        $"  bands: {bands}",                     // 6
        $"  low: {low}",                         // 7
        .. high is null ? Array.Empty<string>() : [$"  high: {high}"],
        .. year is null ? Array.Empty<string>() : [$"  year: {year}"],
        $"  source: \"{source}\"",
    ];

    [Fact]
    public void A_valid_pay_is_clean_and_read_whole()
    {
        _tree.Write(Path, Role("science", Pay()));

        var result = Load(_tree);

        Clean(result);
        var pay = result.Site!.Roles.Single(r => r.Slug == "genetics").Pay!;
        Assert.Equal(["5", "6"], pay.Bands);
        Assert.Equal((29970m, 44962m, "2024/25", "GBP", "Pay page"), (pay.Low!.Value, pay.High!.Value, pay.Year, pay.Currency, pay.Source.Value));
    }

    [Fact]
    public void High_is_optional_so_a_range_can_read_from()
    {
        _tree.Write(Path, Role("science", Pay(high: null)));

        var result = Load(_tree);

        Clean(result);
        Assert.Null(result.Site!.Roles.Single(r => r.Slug == "genetics").Pay!.High);
    }

    [Fact]
    public void A_band_outside_agenda_for_change_is_rejected_at_the_bands_line()
    {
        _tree.Write(Path, Role("science", Pay(bands: "[\"5\", \"10\"]")));

        var result = Load(_tree);

        Error(result, Path, 6, "'10' is not an Agenda for Change band");
        OnlyErrorsIn(result, Path);
    }

    [Fact]
    public void A_pay_without_a_year_is_rejected_at_the_pay_line()
    {
        _tree.Write(Path, Role("science", Pay(year: null)));

        var result = Load(_tree);

        Error(result, Path, 5, "'pay' is missing 'year'");
        OnlyErrorsIn(result, Path);
    }

    [Fact]
    public void A_year_not_written_as_a_pay_year_is_rejected()
    {
        _tree.Write(Path, Role("science", Pay(year: "\"2024\"")));

        Error(Load(_tree), Path, 9, "'year' must be a pay year such as \"2024/25\"");
    }

    [Fact]
    public void Pay_is_in_pounds_only()
    {
        _tree.Write(Path, Role("science", Pay(currency: "USD")));

        Error(Load(_tree), Path, 5, "its currency must be GBP");
    }

    [Fact]
    public void High_below_low_is_rejected()
    {
        _tree.Write(Path, Role("science", Pay(low: "44962", high: "29970")));

        Error(Load(_tree), Path, 8, "'high' (29970) is below 'low' (44962)");
    }

    [Fact]
    public void The_pay_source_must_be_one_of_the_page_sources_with_a_url()
    {
        _tree.Write(Path, Role("science", Pay(source: "Pay calculator")));
        Error(Load(_tree), Path, 10, "pay source 'Pay calculator' is not the name of one of this page's sources");

        _tree.Write(Path, Role("science", Pay(source: "Book")));
        Error(Load(_tree), Path, 10, "pay source 'Book' has no url");
    }

    [Fact]
    public void Pay_is_only_for_nhs_roles()
    {
        _tree.Write("clusters/us/care/aides.md", Role("care", Pay()));

        var result = Load(_tree);

        Error(result, "clusters/us/care/aides.md", 5, "'pay' (Agenda for Change bands) is for NHS roles");
        OnlyErrorsIn(result, "clusters/us/care/aides.md");
    }

    [Fact]
    public void Division_is_only_for_life_sciences_roles_and_only_the_four_divisions()
    {
        _tree.Write(Path, Role("science", "division: \"Genetics\""));
        Error(Load(_tree), Path, 4, "'division' is only for roles in the life-sciences pathway, not science");

        _tree.Write(Path, Role("science", "division: \"Chemistry\""));
        Error(Load(_tree), Path, 4, "'division' must be");
    }

    [Fact]
    public void A_crosswalk_pair_needs_a_reason_and_a_code_in_the_us_data()
    {
        _tree.Write(Path, Role("science", "crosswalk:", "  - onet: \"29-2011.00\"", "    reason: \"\""));
        Error(Load(_tree), Path, 6, "crosswalk 'reason' must say");

        _tree.Write(Path, Role("science", "crosswalk:", "  - onet: \"29-2011.00\"", "    reason: \"Both test samples.\""));
        Error(Load(_tree), Path, 5, "crosswalk 29-2011.00 needs the US occupation data");
    }
}
