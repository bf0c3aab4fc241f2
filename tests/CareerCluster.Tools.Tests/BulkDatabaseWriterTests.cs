using CareerCluster.Content.Loading;
using CareerCluster.Content.Markdown;
using CareerCluster.Content.Parsing;
using CareerCluster.Content.Validation;
using CareerCluster.ContentGenerator;
using CareerCluster.Data.Loading;
using Microsoft.Data.Sqlite;

namespace CareerCluster.Tools.Tests;

/// <summary>
/// The content build writes its tables with prepared commands for speed (bench/run.sh); this proves the
/// database is exactly what EF Core's SaveChanges writes: every table, every row, in the same order.
/// </summary>
public sealed class BulkDatabaseWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "careercluster-bulk-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void The_bulk_writer_knows_every_table_and_column_of_the_model()
    {
        // When this fails, a column was added to an entity: teach BulkContentWriter about it (until then builds use the slow EF path).
        Assert.True(ContentDatabaseBuilder.BulkWriterSupportsModel());
    }

    [Fact]
    public async Task Synthetic_content_gives_the_same_database_through_both_writers()
    {
        var content = Path.Combine(_root, "content");
        Assert.Equal(0, GeneratorCli.Run(["--roles", "300", "--out", content], TextWriter.Null, TextWriter.Null));
        await AssertSameDatabaseAsync(content, includeDrafts: false);
        await AssertSameDatabaseAsync(content, includeDrafts: true);
    }

    [Fact]
    public async Task The_real_content_gives_the_same_database_through_both_writers()
    {
        await AssertSameDatabaseAsync(RepositoryContent(), includeDrafts: false);
    }

    private async Task AssertSameDatabaseAsync(string content, bool includeDrafts)
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 1, 12, 30, 15, TimeSpan.Zero).AddTicks(1234567));
        var loaded = new ContentTreeLoader(new ContentFileParser(new MarkdownRenderer()), new SiteValidator(clock)).Load(content);
        Assert.NotNull(loaded.Site);
        var site = includeDrafts ? loaded.Site : loaded.Site.WithoutDrafts();

        var name = Guid.NewGuid().ToString("N");
        var ef = Path.Combine(_root, name + "-ef.db");
        var bulk = Path.Combine(_root, name + "-bulk.db");
        await new ContentDatabaseBuilder(clock) { UseEfCore = true }.BuildAsync(site, "hash", ef);
        await new ContentDatabaseBuilder(clock).BuildAsync(site, "hash", bulk);

        var expected = Dump(ef);
        var actual = Dump(bulk);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Contains("Roles", expected.Keys);
        foreach (var table in expected.Keys)
        {
            Assert.True(expected[table].SequenceEqual(actual[table]), $"table {table} differs");
        }
    }

    private static SortedDictionary<string, List<string>> Dump(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<(string Name, string Sql)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var dump = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (table, sql) in tables)
        {
            var rows = new List<string> { sql };
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i)
                    ? "NULL"
                    : reader.GetFieldType(i) == typeof(byte[]) ? Convert.ToHexString((byte[])reader.GetValue(i)) : $"{reader.GetFieldType(i).Name}:{reader.GetValue(i)}")));
            }

            dump[table] = rows;
        }

        return dump;
    }

    private static string RepositoryContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerCluster.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
