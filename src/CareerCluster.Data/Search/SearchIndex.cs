using CareerCluster.Content.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerCluster.Data.Search;

/// <summary>The SQLite FTS5 table behind /search, built in the same transaction as the pages.</summary>
public static class SearchIndex
{
    public const string Table = "search_index";

    /// <summary>
    /// Titles, summaries and the occupation's other names alone, for ranking a broad word (one in thousands of pages) among the pages
    /// about it: its matches here are far fewer, and short, so ranking them stays cheap.
    /// </summary>
    public const string KeysTable = "search_keys";

    /// <summary>
    /// The rowid range of each kind of page in the index (pages are inserted kind by kind, roles last), so
    /// counting matches per kind reads only the full-text index, and the few clusters, pathways and
    /// questions form one range that a single ranked query covers.
    /// </summary>
    public const string KindsTable = "search_kinds";

    /// <summary>Both tables tokenise alike, so one query means the same words in each.</summary>
    private const string Tokenizer = "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4'";

    private const int BuildHashSize = 32 * 1024 * 1024;
    private const int DefaultHashSize = 1024 * 1024;

    public static async Task CreateAsync(CareersDbContext db, ContentSite site, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            $"CREATE VIRTUAL TABLE {Table} USING fts5(kind UNINDEXED, slug UNINDEXED, title, summary, body, extra, titles, {Tokenizer})",
            cancellationToken);
        // Title hits outrank other names for the job (the occupation's title, alternate and reported titles), then
        // summary hits, then body hits (columns: kind, slug, title, summary, body, extra, titles).
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {Table}({Table}, rank) VALUES('rank', 'bm25(0.0, 0.0, 10.0, 4.0, 1.0, 2.0, 6.0)')", cancellationToken);

        // A bigger in-memory buffer of pending terms during the bulk insert means fewer, larger segments and
        // far less merging (about a fifth less CPU on 10,000 roles); the default is restored before commit.
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO {Table}({Table}, rank) VALUES('hashsize', {BuildHashSize})", cancellationToken);

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var insert = connection.CreateCommand();
        insert.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        insert.CommandText = $"INSERT INTO {Table} (rowid, kind, slug, title, summary, body, extra, titles) VALUES ($rowid, $kind, $slug, $title, $summary, $body, $extra, $titles)";
        var rowid = insert.Parameters.Add("$rowid", SqliteType.Integer);
        var parameters = new[] { "$kind", "$slug", "$title", "$summary", "$body", "$extra", "$titles" }
            .Select(name => insert.Parameters.Add(name, SqliteType.Text))
            .ToArray();
        await insert.PrepareAsync(cancellationToken);

        var kinds = new List<(string Kind, long First, long Last)>();
        var next = 1L;
        var pages = site.Clusters.Concat(site.Pathways).Concat(site.FaqEntries).Concat(site.Roles);
        foreach (var page in pages)
        {
            var kind = page.Kind.ToString();
            if (kinds.Count == 0 || kinds[^1].Kind != kind)
            {
                kinds.Add((kind, next, next));
            }

            kinds[^1] = (kind, kinds[^1].First, next);
            rowid.Value = next++;
            parameters[0].Value = kind;
            parameters[1].Value = page.Slug;
            parameters[2].Value = page.DisplayTitle;
            parameters[3].Value = page.Summary;
            parameters[4].Value = page.BodyText;
            var occupation = page.Onet is { } code ? site.UsData.Occupations.GetValueOrDefault(code.Value) : null;
            parameters[5].Value = string.Join(" · ", page.Skills.Concat(page.WorkSettings).Append(page.Education ?? "").Concat(occupation?.CoreTasks ?? []));
            parameters[6].Value = occupation is null ? "" : string.Join(" · ", occupation.AlternateTitles.Concat(occupation.ReportedTitles).Prepend(occupation.Title));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync($"INSERT INTO {Table}({Table}, rank) VALUES('hashsize', {DefaultHashSize})", cancellationToken);

        await db.Database.ExecuteSqlRawAsync(
            $"CREATE VIRTUAL TABLE {KeysTable} USING fts5(kind UNINDEXED, slug UNINDEXED, title, summary, titles, {Tokenizer})",
            cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {KeysTable}({KeysTable}, rank) VALUES('rank', 'bm25(0.0, 0.0, 10.0, 4.0, 6.0)')", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {KeysTable} (rowid, kind, slug, title, summary, titles) SELECT rowid, kind, slug, title, summary, titles FROM {Table}", cancellationToken);

        await using var ranges = connection.CreateCommand();
        ranges.Transaction = insert.Transaction;
        ranges.CommandText = $"CREATE TABLE {KindsTable} (kind TEXT NOT NULL PRIMARY KEY, first INTEGER NOT NULL, last INTEGER NOT NULL)";
        await ranges.ExecuteNonQueryAsync(cancellationToken);
        ranges.CommandText = $"INSERT INTO {KindsTable} (kind, first, last) VALUES ($kind, $first, $last)";
        var (kindValue, first, last) = (ranges.Parameters.Add("$kind", SqliteType.Text), ranges.Parameters.Add("$first", SqliteType.Integer), ranges.Parameters.Add("$last", SqliteType.Integer));
        foreach (var range in kinds)
        {
            (kindValue.Value, first.Value, last.Value) = (range.Kind, range.First, range.Last);
            await ranges.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
