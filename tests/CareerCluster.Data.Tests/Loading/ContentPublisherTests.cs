using CareerCluster.Data.Loading;
using CareerCluster.Tests;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Data.Tests.Loading;

/// <summary>The one path from content folder to live database: build, reuse, keep the last good content.</summary>
public sealed class ContentPublisherTests : IDisposable
{
    private readonly DataHarness _harness = new();

    public ContentPublisherTests() => SampleContent.WriteMinimalSite(_harness.Tree);

    public void Dispose() => _harness.Dispose();

    private string SingleDatabaseFile()
    {
        var files = _harness.DataFiles();
        return Path.Combine(_harness.DataDirectory, Assert.Single(files));
    }

    [Fact]
    public async Task First_publish_builds_then_unchanged_content_is_left_alone()
    {
        var active = new ActiveContent();
        using var publisher = _harness.CreatePublisher(active);
        var changes = 0;
        active.Changed += (_, _) => changes++;

        var first = await publisher.PublishAsync();

        Assert.Equal(PublishOutcome.Built, first.Outcome);
        var snapshot = Assert.IsType<ContentSnapshot>(active.Current);
        Assert.Equal(8, snapshot.PageCount);
        Assert.Equal(_harness.Clock.GetUtcNow(), snapshot.LoadedAt);
        Assert.Empty(active.LastFailure);
        var file = SingleDatabaseFile();
        Assert.Matches(@"^careers-[0-9a-f]{16}\.db$", Path.GetFileName(file));
        Assert.StartsWith(snapshot.Hash[..16], Path.GetFileName(file)["careers-".Length..], StringComparison.Ordinal);
        Assert.Contains(file, snapshot.ConnectionString, StringComparison.Ordinal);
        Assert.Equal(1, changes);

        var second = await publisher.PublishAsync();

        Assert.Equal(PublishOutcome.Unchanged, second.Outcome);
        Assert.Same(snapshot, active.Current);
        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task A_fresh_publisher_on_the_same_data_folder_reuses_the_database_without_rebuilding()
    {
        using (var publisher = _harness.CreatePublisher(new ActiveContent()))
        {
            Assert.Equal(PublishOutcome.Built, (await publisher.PublishAsync()).Outcome);
        }

        var file = SingleDatabaseFile();
        var writtenAt = File.GetLastWriteTimeUtc(file);
        var length = new FileInfo(file).Length;
        await Task.Delay(50);

        var active = new ActiveContent();
        using var fresh = _harness.CreatePublisher(active);
        var result = await fresh.PublishAsync();

        Assert.Equal(PublishOutcome.Reused, result.Outcome);
        Assert.Equal(file, SingleDatabaseFile());
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(file));
        Assert.Equal(length, new FileInfo(file).Length);
        Assert.Equal(8, active.Current?.PageCount);
        await using var db = DataHarness.Open(active.Current!.ConnectionString);
        Assert.Equal(3, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task Bad_content_after_good_keeps_the_old_snapshot_and_reports_the_errors()
    {
        var active = new ActiveContent();
        using var publisher = _harness.CreatePublisher(active);
        await publisher.PublishAsync();
        var good = active.Current;
        var changes = 0;
        active.Changed += (_, _) => changes++;

        _harness.Tree.Write("clusters/us/care/nurses.md", SampleContent.Role("Nurses", ["order: two"]));
        _harness.Tree.Write("clusters/us/care/aides.md", "---\ntitle: [\n---\n\nBody.\n");
        var result = await publisher.PublishAsync();

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Same(good, active.Current);
        Assert.Equal(1, changes);
        Assert.Contains(active.LastFailure, d => d is { Path: "clusters/us/care/nurses.md", Line: 4 } && d.Message.Contains("whole number", StringComparison.Ordinal));
        Assert.Contains(active.LastFailure, d => d is { Path: "clusters/us/care/aides.md", Line: 2 } && d.Message.Contains("invalid YAML", StringComparison.Ordinal));
        Assert.All(active.LastFailure, d => Assert.True(d.IsError));

        // The old database still answers.
        await using (var db = DataHarness.Open(active.Current!.ConnectionString))
        {
            Assert.Equal("Nurses", (await db.Roles.SingleAsync(r => r.Slug == "nurses")).Title);
        }

        // Fixing the content publishes it and clears the failure.
        _harness.Tree.Write("clusters/us/care/nurses.md", SampleContent.Role("Nurses, fixed"));
        _harness.Tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides"));
        Assert.Equal(PublishOutcome.Built, (await publisher.PublishAsync()).Outcome);
        Assert.Empty(active.LastFailure);
        Assert.NotEqual(good!.Hash, active.Current!.Hash);
        await using var fixedDb = DataHarness.Open(active.Current.ConnectionString);
        Assert.Equal("Nurses, fixed", (await fixedDb.Roles.SingleAsync(r => r.Slug == "nurses")).Title);
    }

    [Fact]
    public async Task Reverting_a_bad_edit_clears_the_failure_without_a_rebuild()
    {
        var active = new ActiveContent();
        using var publisher = _harness.CreatePublisher(active);
        await publisher.PublishAsync();
        var good = active.Current;
        var original = _harness.Tree.Read("clusters/us/care/aides.md");

        _harness.Tree.Write("clusters/us/care/aides.md", "broken");
        Assert.Equal(PublishOutcome.Failed, (await publisher.PublishAsync()).Outcome);
        Assert.NotEmpty(active.LastFailure);

        _harness.Tree.Write("clusters/us/care/aides.md", original);
        Assert.Equal(PublishOutcome.Unchanged, (await publisher.PublishAsync()).Outcome);
        Assert.Empty(active.LastFailure);
        Assert.Equal(good!.Hash, active.Current!.Hash);
    }

    [Fact]
    public async Task No_good_content_at_all_leaves_nothing_published()
    {
        _harness.Tree.Write("clusters/us/_index.md", "not front matter");
        var active = new ActiveContent();
        using var publisher = _harness.CreatePublisher(active);

        var result = await publisher.PublishAsync();

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Null(active.Current);
        Assert.Throws<InvalidOperationException>(() => active.Require());
        Assert.Contains(result.Diagnostics, d => d.Path == "clusters/us/_index.md" && d.Line == 1);
        Assert.Empty(_harness.DataFiles());
    }

    [Fact]
    public async Task Drafts_are_left_out_unless_included()
    {
        _harness.Tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", ["draft: true"]));

        var published = new ActiveContent();
        using (var publisher = _harness.CreatePublisher(published, includeDrafts: false))
        {
            await publisher.PublishAsync();
        }

        await using (var db = DataHarness.Open(published.Current!.ConnectionString))
        {
            Assert.False(await db.Roles.AnyAsync(r => r.Slug == "aides"));
            Assert.Equal(7, published.Current.PageCount);
        }

        var preview = new ActiveContent();
        using (var publisher = _harness.CreatePublisher(preview, includeDrafts: true))
        {
            Assert.Equal(PublishOutcome.Built, (await publisher.PublishAsync()).Outcome);
        }

        Assert.NotEqual(published.Current.Hash, preview.Current!.Hash);
        await using var previewDb = DataHarness.Open(preview.Current.ConnectionString);
        Assert.True(await previewDb.Roles.AnyAsync(r => r.Slug == "aides"));
        Assert.Equal(8, preview.Current.PageCount);
    }

    [Fact]
    public async Task Retired_databases_are_kept_for_a_grace_period_then_removed()
    {
        var active = new ActiveContent();
        using var publisher = _harness.CreatePublisher(active);
        for (var i = 0; i < 4; i++)
        {
            _harness.Tree.Write("clusters/us/care/aides.md", SampleContent.Role($"Aides {i}"));
            Assert.Equal(PublishOutcome.Built, (await publisher.PublishAsync()).Outcome);
        }

        // A request that began just before a swap may still open a retired file: nothing is deleted yet.
        Assert.Equal(4, _harness.DataFiles().Count);

        _harness.Clock.Advance(TimeSpan.FromMinutes(1));
        _harness.Tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides 4"));
        Assert.Equal(PublishOutcome.Built, (await publisher.PublishAsync()).Outcome);

        // The three long retired are gone; the live one and the one retired just now remain.
        var files = _harness.DataFiles();
        Assert.Equal(2, files.Count);
        Assert.Contains(files, f => active.Current!.ConnectionString.Contains(f, StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.EndsWith(".building", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retired_databases_go_after_the_grace_period_even_when_no_more_edits_come()
    {
        var active = new ActiveContent();
        using var publisher = _harness.CreatePublisher(active);
        for (var i = 0; i < 3; i++)
        {
            _harness.Tree.Write("clusters/us/care/aides.md", SampleContent.Role($"Aides {i}"));
            Assert.Equal(PublishOutcome.Built, (await publisher.PublishAsync()).Outcome);
        }

        _harness.Clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(200);
        Assert.Equal(3, _harness.DataFiles().Count);

        _harness.Clock.Advance(TimeSpan.FromSeconds(3));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_harness.DataFiles().Count > 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var file = Assert.Single(_harness.DataFiles());
        Assert.Contains(file, active.Current!.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Databases_left_by_an_earlier_run_are_removed_at_once()
    {
        using (var earlier = _harness.CreatePublisher(new ActiveContent()))
        {
            await earlier.PublishAsync();
            _harness.Tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides again"));
            await earlier.PublishAsync();
        }

        Assert.Equal(2, _harness.DataFiles().Count);
        _harness.Tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides for the new run"));

        var active = new ActiveContent();
        using var publisher = _harness.CreatePublisher(active);
        Assert.Equal(PublishOutcome.Built, (await publisher.PublishAsync()).Outcome);

        var file = Assert.Single(_harness.DataFiles());
        Assert.Contains(file, active.Current!.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_publishes_are_serialised()
    {
        var active = new ActiveContent();
        using var publisher = _harness.CreatePublisher(active);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => publisher.PublishAsync()));

        Assert.Equal(1, results.Count(r => r.Outcome == PublishOutcome.Built));
        Assert.Equal(3, results.Count(r => r.Outcome == PublishOutcome.Unchanged));
    }
}
