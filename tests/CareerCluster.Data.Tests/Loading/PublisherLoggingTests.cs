using CareerCluster.Data.Loading;
using CareerCluster.Tests;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerCluster.Data.Tests.Loading;

/// <summary>Content errors reach the log one per line as PATH:LINE: error: MESSAGE.</summary>
public sealed class PublisherLoggingTests : IDisposable
{
    private readonly DataHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private sealed class ListLogger : ILogger<ContentPublisher>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }

    [Fact]
    public async Task Each_content_error_and_warning_is_logged_on_its_own_line()
    {
        SampleContent.WriteMinimalSite(_harness.Tree);
        _harness.Tree.Write("clusters/us/care/nurses.md", SampleContent.Role("Nurses", ["order: two"]));
        _harness.Tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", reviewed: "2020-02-02"));
        var logger = new ListLogger();
        using var publisher = new ContentPublisher(_harness.CreateLoader(), new ContentDatabaseBuilder(_harness.Clock), new ActiveContent(),
            Options.Create(new ContentStoreOptions { ContentPath = _harness.Tree.Root, DatabasePath = _harness.DatabasePath }), _harness.Clock, logger);

        await publisher.PublishAsync();

        Assert.Contains((LogLevel.Error, "clusters/us/care/nurses.md:4: error: 'order' must be a whole number, not 'two'"), logger.Entries);
        Assert.Contains((LogLevel.Warning, "clusters/us/care/aides.md:4: warning: review due: last reviewed 2020-02-02, more than 12 months ago"), logger.Entries);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("kept the previous content", StringComparison.Ordinal));
        Assert.All(logger.Entries, e => Assert.DoesNotContain('\n', e.Message));
    }
}
