using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Data.Search;

public sealed record SearchHit(string Kind, string Slug, string Title, string SnippetHtml, bool TitleMatch);

public sealed record SearchResults(IReadOnlyList<string> Terms, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, int> CountsByKind)
{
    public int Total => CountsByKind.Values.Sum();
}

/// <summary>Full-text search over the FTS5 index: bm25 ranking with title matches first, highlighted snippets.</summary>
public sealed class SearchService(CareersDbContext db)
{
    private const int MaxHits = 100;
    private const char MarkStart = '\u0001';
    private const char MarkEnd = '\u0002';

    public async Task<SearchResults> SearchAsync(string? input, CancellationToken cancellationToken)
    {
        var terms = SearchQuery.Terms(input);
        if (terms.Count == 0)
        {
            return new SearchResults(terms, [], new Dictionary<string, int>());
        }

        var match = SearchQuery.ToMatchExpression(terms);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var counts = new Dictionary<string, int>();
            await using (var count = connection.CreateCommand())
            {
                // Kinds by rowid range: one pass over the index alone, not a read of every matching row's kind.
                // CROSS JOIN keeps the full-text match as the outer (single) scan.
                count.CommandText = $"SELECT k.kind, count(*) FROM {SearchIndex.Table} s CROSS JOIN {SearchIndex.KindsTable} k "
                    + $"WHERE s.rowid BETWEEN k.first AND k.last AND s.{SearchIndex.Table} MATCH $match GROUP BY k.kind";
                count.Parameters.AddWithValue("$match", match);
                await using var reader = await count.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    counts[reader.GetString(0)] = reader.GetInt32(1);
                }
            }

            var hits = new List<SearchHit>();
            await using (var query = connection.CreateCommand())
            {
                query.CommandText =
                    $"SELECT kind, slug, title, snippet({SearchIndex.Table}, 4, char(1), char(2), '…', 16), "
                    + $"snippet({SearchIndex.Table}, 3, char(1), char(2), '…', 16), snippet({SearchIndex.Table}, 5, char(1), char(2), '…', 16) "
                    + $"FROM {SearchIndex.Table} WHERE {SearchIndex.Table} MATCH $match ORDER BY rank LIMIT {MaxHits}";
                query.Parameters.AddWithValue("$match", match);
                await using var reader = await query.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var title = reader.GetString(2);
                    hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), title, Highlight(BestSnippet(reader)), TitleMatches(title, terms)));
                }
            }

            // bm25 already weights titles heavily; this makes "title matches first" a guarantee, not a tendency.
            var ordered = hits.Select((hit, index) => (hit, index))
                .OrderByDescending(x => x.hit.TitleMatch).ThenBy(x => x.index)
                .Select(x => x.hit).ToList();
            return new SearchResults(terms, ordered, counts);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The body passage that matched, else the summary's, else skills and settings; a title-only hit shows the body's opening.</summary>
    private static string BestSnippet(SqliteDataReader reader)
    {
        var candidates = new[] { reader.GetString(3), reader.GetString(4), reader.GetString(5) };
        return candidates.FirstOrDefault(c => c.Contains(MarkStart, StringComparison.Ordinal)) ?? candidates[0];
    }

    /// <summary>Escapes the snippet, then turns only our own marker characters into highlight markup.</summary>
    private static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(snippet)
            .Replace(MarkStart.ToString(), "<mark>", StringComparison.Ordinal)
            .Replace(MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);

    private static bool TitleMatches(string title, IReadOnlyList<string> terms)
    {
        var words = SearchQuery.Terms(title);
        return terms.Any(term => words.Any(word => word.StartsWith(term, StringComparison.Ordinal) || term.StartsWith(word, StringComparison.Ordinal) && word.Length >= 4));
    }
}
