using CareerCluster.Content.Loading;
using CareerCluster.Content.Markdown;
using CareerCluster.Content.Model;
using CareerCluster.Content.Parsing;
using CareerCluster.Content.Validation;
using CareerCluster.Data.Loading;
using CareerCluster.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerCluster.Data.Tests;

/// <summary>A content tree and a data folder of its own, with the real loader, builder and publisher.</summary>
public sealed class DataHarness : IDisposable
{
    public DataHarness()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "careercluster-tests", "data-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(DataDirectory);
    }

    public TempContentTree Tree { get; } = new();

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "careers.db");

    /// <summary>Starts at <see cref="FixedTimeProvider.DefaultNow"/>; timers (the publisher's clean-up) fire only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; } = new(FixedTimeProvider.DefaultNow);

    public ContentTreeLoader CreateLoader() => new(new ContentFileParser(new MarkdownRenderer()), new SiteValidator(Clock));

    public ContentSite LoadSite()
    {
        var result = CreateLoader().Load(Tree.Root);
        Assert.True(result.Site is not null, string.Join("\n", result.Diagnostics));
        return result.Site;
    }

    public ContentPublisher CreatePublisher(ActiveContent active, bool includeDrafts = false) =>
        new(CreateLoader(), new ContentDatabaseBuilder(Clock), active,
            Options.Create(new ContentStoreOptions { ContentPath = Tree.Root, DatabasePath = DatabasePath, IncludeDrafts = includeDrafts }),
            Clock, NullLogger<ContentPublisher>.Instance);

    public static CareersDbContext Open(string connectionStringOrPath)
    {
        var connectionString = connectionStringOrPath.Contains('=', StringComparison.Ordinal)
            ? connectionStringOrPath
            : $"Data Source={connectionStringOrPath};Mode=ReadOnly;Pooling=False";
        return new CareersDbContext(new DbContextOptionsBuilder<CareersDbContext>()
            .UseSqlite(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options);
    }

    public IReadOnlyList<string> DataFiles() =>
        Directory.EnumerateFiles(DataDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Tree.Dispose();
        TempContentTree.DeleteDirectory(DataDirectory);
    }
}
