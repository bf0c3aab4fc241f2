using CareerCluster.Content.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerCluster.Data.Search;

/// <summary>The SQLite FTS5 table behind /search, built in the same transaction as the pages.</summary>
public static class SearchIndex
{
    public const string Table = "search_index";

    public static async Task CreateAsync(CareersDbContext db, ContentSite site, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            $"CREATE VIRTUAL TABLE {Table} USING fts5(kind UNINDEXED, slug UNINDEXED, title, summary, body, extra, "
            + "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4')",
            cancellationToken);
        // Title hits outrank summary hits, which outrank body hits (columns: kind, slug, title, summary, body, extra).
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {Table}({Table}, rank) VALUES('rank', 'bm25(0.0, 0.0, 10.0, 4.0, 1.0, 2.0)')", cancellationToken);

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var insert = connection.CreateCommand();
        insert.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        insert.CommandText = $"INSERT INTO {Table} (kind, slug, title, summary, body, extra) VALUES ($kind, $slug, $title, $summary, $body, $extra)";
        var parameters = new[] { "$kind", "$slug", "$title", "$summary", "$body", "$extra" }
            .Select(name => insert.Parameters.Add(name, SqliteType.Text))
            .ToArray();
        await insert.PrepareAsync(cancellationToken);

        var pages = site.Clusters.Concat(site.Pathways).Concat(site.Roles).Concat(site.FaqEntries);
        foreach (var page in pages)
        {
            parameters[0].Value = page.Kind.ToString();
            parameters[1].Value = page.Slug;
            parameters[2].Value = page.DisplayTitle;
            parameters[3].Value = page.Summary;
            parameters[4].Value = page.BodyText;
            parameters[5].Value = string.Join(" · ", page.Skills.Concat(page.WorkSettings).Append(page.Education ?? ""));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
