namespace CareerCluster.Tests;

/// <summary>A clock stopped at a chosen instant (Microsoft.Extensions.TimeProvider.Testing is not pinned here).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>Two weeks after <see cref="SampleContent.DefaultReviewed"/>, so sample content has no review warnings.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public FixedTimeProvider()
        : this(DefaultNow)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
