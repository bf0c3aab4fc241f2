using CareerCluster.Tests;
using static CareerCluster.Content.Tests.ContentAssert;

namespace CareerCluster.Content.Tests.Validation;

/// <summary>Review dates are warnings, not errors: stale content still publishes.</summary>
public sealed class ReviewDateTests : IDisposable
{
    private const string Aides = "clusters/us/care/aides.md";
    private readonly TempContentTree _tree = new();

    // The clock stands at 2026-06-15.
    private readonly FixedTimeProvider _clock = new();

    public ReviewDateTests() => SampleContent.WriteMinimalSite(_tree);

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Last_reviewed_more_than_12_months_ago_is_a_review_due_warning()
    {
        _tree.Write(Aides, SampleContent.Role("Aides", reviewed: "2025-06-14"));

        var result = Load(_tree, _clock);

        var warning = Warning(result, Aides, 4, "review due");
        Assert.Contains("2025-06-14", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(1, result.WarningCount);
        Assert.NotNull(result.Site);
    }

    [Fact]
    public void Last_reviewed_exactly_12_months_ago_is_not_yet_due()
    {
        _tree.Write(Aides, SampleContent.Role("Aides", reviewed: "2025-06-15"));

        Clean(Load(_tree, _clock));
    }

    [Fact]
    public void Future_last_reviewed_is_a_warning()
    {
        _tree.Write(Aides, SampleContent.Role("Aides", ["order: 2"], reviewed: "2026-06-16"));

        var result = Load(_tree, _clock);

        var warning = Warning(result, Aides, 5, "in the future");
        Assert.Contains("2026-06-16", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Site);
    }

    [Fact]
    public void The_same_tree_becomes_due_when_the_clock_moves_on()
    {
        Clean(Load(_tree, _clock));

        _clock.Now = _clock.Now.AddYears(1);
        var result = Load(_tree, _clock);

        Assert.Equal(8, result.WarningCount);
        Assert.All(result.Diagnostics, d => Assert.Contains("review due", d.Message, StringComparison.Ordinal));
    }
}
