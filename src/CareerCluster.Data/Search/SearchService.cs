using System.Net;
using CareerCluster.Data.Loading;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CareerCluster.Data.Search;

/// <summary>
/// Full-text search over the FTS5 index: counts per kind, bm25 ranking with title matches first and
/// highlighted snippets for the hits shown. The work per request is bounded whatever the reader types:
/// side by side, one pass that ranks and counts the few clusters, pathways and questions, a capped count
/// of roles, and one or two ranked queries for roles.
/// </summary>
/// <remarks>
/// Plain ADO.NET on pooled read-only connections rather than the DbContext: EF registers its SQL functions
/// on every connection it opens, which costs more than a small search query, and the three independent
/// parts of a search run side by side on connections of their own.
/// </remarks>
public sealed class SearchService(ActiveContent content, IOptions<SearchOptions> options)
{
    private const string Role = "Role";
    private const string Table = SearchIndex.Table;
    private const char MarkStart = '\u0001';
    private const char MarkEnd = '\u0002';

    /// <summary>
    /// The summary's matching passage, else the skills and settings', else the body's. The body is the
    /// costly column to tokenise, so it is only read when the short columns have no match (CASE is lazy).
    /// </summary>
    private const string Snippet =
        $"CASE WHEN instr(highlight({Table}, 3, char(1), char(2)), char(1)) THEN snippet({Table}, 3, char(1), char(2), '…', 24) "
        + $"WHEN instr(highlight({Table}, 5, char(1), char(2)), char(1)) THEN snippet({Table}, 5, char(1), char(2), '…', 24) "
        + $"ELSE snippet({Table}, 4, char(1), char(2), '…', 24) END";

    /// <summary>The summary's matching passage, else the occupation's other names that matched ("ultrasound tech").</summary>
    private const string KeysSnippet =
        $"CASE WHEN instr(highlight({SearchIndex.KeysTable}, 4, char(1), char(2)), char(1)) AND NOT instr(highlight({SearchIndex.KeysTable}, 3, char(1), char(2)), char(1)) "
        + $"THEN snippet({SearchIndex.KeysTable}, 4, char(1), char(2), '…', 16) ELSE snippet({SearchIndex.KeysTable}, 3, char(1), char(2), '…', 24) END";

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var allTerms = SearchQuery.Terms(request.Input);
        if (allTerms.Count == 0)
        {
            return SearchResults.Empty;
        }

        var terms = SearchQuery.KeyTerms(allTerms);
        var database = content.Require().ConnectionString;
        var (allRanges, wholeWords) = Read(database, c => (KindRanges(c), IndexedWords(c, SearchQuery.WholeWordCandidates(terms))));
        var ranges = allRanges.Where(r => request.OnlyKind is null || request.OnlyKind == r.Kind).ToList();
        var found = await FindAsync(database, SearchQuery.ToMatchExpression(terms, wholeWords), ranges, request, cancellationToken);
        var anyWord = false;
        if (found.Counts.Values.Sum() == 0 && terms.Count > 1)
        {
            found = await FindAsync(database, SearchQuery.ToAnyWordExpression(terms, wholeWords), ranges, request, cancellationToken);
            anyWord = true;
        }

        var kinds = ranges.Where(r => found.Counts[r.Kind] > 0)
            .Select(r => new SearchKindResults(
                r.Kind,
                r.Kind == Role ? Math.Min(found.Counts[r.Kind], CandidateLimit) : found.Counts[r.Kind],
                r.Kind == Role && found.Counts[r.Kind] > CandidateLimit,
                TitleMatchesFirst(found.Hits.Where(h => h.Kind == r.Kind).Take(request.LimitFor(r.Kind)), terms),
                r.Kind == Role && found.RolesNarrowed))
            .ToList();
        return new SearchResults(terms, allTerms.Except(terms).ToList(), anyWord, kinds);
    }

    private int CandidateLimit => Math.Max(1, options.Value.CandidateLimit);

    private sealed record KindRange(string Kind, long First, long Last);

    private sealed record Found(Dictionary<string, int> Counts, List<SearchHit> Hits, bool RolesNarrowed);

    private async Task<Found> FindAsync(string database, string match, List<KindRange> ranges, SearchRequest request, CancellationToken cancellationToken)
    {
        var others = ranges.Where(r => r.Kind != Role).ToList();
        var roles = ranges.FirstOrDefault(r => r.Kind == Role);
        var ranking = others.Count == 0 ? Task.FromResult((Hits: new List<SearchHit>(), Counts: new Dictionary<string, int>()))
            : Task.Run(() => Read(database, c => BestOthers(c, match, others, request.LimitFor("Others"))), cancellationToken);
        var counting = roles is null ? Task.FromResult(0) : Task.Run(() => Read(database, c => CountRoles(c, match, roles, CandidateLimit)), cancellationToken);
        var rankingRoles = roles is null ? Task.FromResult((Hits: new List<SearchHit>(), Narrowed: false))
            : Task.Run(() => Read(database, c => BestRoles(c, match, roles, request.LimitFor(Role), CandidateLimit)), cancellationToken);
        await Task.WhenAll(counting, ranking, rankingRoles);
        var (otherHits, counts) = await ranking;
        var (roleHits, narrowed) = await rankingRoles;
        var roleCount = await counting;
        var allCounts = ranges.ToDictionary(r => r.Kind, r => r.Kind == Role ? roleCount : counts.GetValueOrDefault(r.Kind), StringComparer.Ordinal);
        return new Found(allCounts, [.. otherHits, .. roleHits], narrowed);
    }

    private static T Read<T>(string database, Func<SqliteConnection, T> query)
    {
        using var connection = new SqliteConnection(database);
        connection.Open();
        return query(connection);
    }

    /// <summary>The candidates that are words of the index (after stemming): a lookup of one list's first entry each.</summary>
    private static HashSet<string> IndexedWords(SqliteConnection connection, IEnumerable<string> candidates)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT 1 FROM {Table} WHERE {Table} MATCH $word LIMIT 1";
        var word = command.Parameters.Add("$word", SqliteType.Text);
        foreach (var candidate in candidates)
        {
            word.Value = SearchQuery.Term(candidate, new HashSet<string> { candidate });
            if (command.ExecuteScalar() is not null)
            {
                words.Add(candidate);
            }
        }

        return words;
    }

    private static List<KindRange> KindRanges(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT kind, first, last FROM {SearchIndex.KindsTable} ORDER BY first";
        var ranges = new List<KindRange>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ranges.Add(new KindRange(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        }

        return ranges;
    }

    /// <summary>
    /// Matching roles, read from the full-text index alone: exact up to <paramref name="countLimit"/>, and
    /// countLimit + 1 beyond it ("more than 1,000"), since counting every role that mentions a broad word
    /// costs milliseconds and tells a reader nothing the lower bound does not.
    /// </summary>
    private static int CountRoles(SqliteConnection connection, string match, KindRange roles, int countLimit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM {Table} WHERE {Table} MATCH $match AND rowid BETWEEN $first AND $last LIMIT $limit)";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$first", roles.First);
        command.Parameters.AddWithValue("$last", roles.Last);
        command.Parameters.AddWithValue("$limit", countLimit + 1);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Roles with the words in their title or summary first, ranked with bm25 on the small titles-and-summaries
    /// index, then roles that only mention them, ranked with bm25 on the full index. Each tier ranks at most
    /// <see cref="SearchOptions.CandidateLimit"/> candidates (the first in index order when there are more: <c>Narrowed</c>).
    /// </summary>
    private static (List<SearchHit> Hits, bool Narrowed) BestRoles(SqliteConnection connection, string match, KindRange roles, int limit, int candidateLimit)
    {
        var keysEnd = CandidateRangeEnd(connection, SearchIndex.KeysTable, match, roles, candidateLimit);
        var hits = Ranked(connection, SearchIndex.KeysTable, match, roles.First, keysEnd ?? roles.Last, limit);
        if (hits.Count == limit)
        {
            return (hits, keysEnd is not null);
        }

        var end = CandidateRangeEnd(connection, Table, match, roles, candidateLimit);
        var shown = hits.Select(h => h.Slug).ToHashSet(StringComparer.Ordinal);
        hits.AddRange(Ranked(connection, Table, match, roles.First, end ?? roles.Last, limit + hits.Count).Where(h => !shown.Contains(h.Slug)).Take(limit - hits.Count));
        return (hits, keysEnd is not null || end is not null);
    }

    /// <summary>
    /// The best few clusters, pathways and questions of each kind, and how many of each match (one range, as
    /// they are indexed before the roles): ranked and counted in one pass without snippets, then snippets
    /// for the chosen ones only, since a snippet costs more than ranking a few dozen pages.
    /// </summary>
    private static (List<SearchHit> Hits, Dictionary<string, int> Counts) BestOthers(SqliteConnection connection, string match, List<KindRange> others, int limitPerKind)
    {
        var chosen = new List<long>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var ranking = connection.CreateCommand())
        {
            ranking.CommandText = "SELECT rowid, kind, total FROM (SELECT rowid, kind, row_number() OVER (PARTITION BY kind ORDER BY rank) AS place, "
                + $"count(*) OVER (PARTITION BY kind) AS total FROM {Table} WHERE {Table} MATCH $match AND rowid BETWEEN $first AND $last) WHERE place <= $limit";
            ranking.Parameters.AddWithValue("$match", match);
            ranking.Parameters.AddWithValue("$first", others.Min(r => r.First));
            ranking.Parameters.AddWithValue("$last", others.Max(r => r.Last));
            ranking.Parameters.AddWithValue("$limit", limitPerKind);
            using var reader = ranking.ExecuteReader();
            while (reader.Read())
            {
                chosen.Add(reader.GetInt64(0));
                counts[reader.GetString(1)] = reader.GetInt32(2);
            }
        }

        if (chosen.Count == 0)
        {
            return ([], counts);
        }

        // "+rowid" keeps the list a filter on the range scan: as an index constraint, FTS5 would look up each
        // rowid in every matching term's list separately.
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT kind, slug, title, {Snippet} FROM {Table} WHERE {Table} MATCH $match AND rowid BETWEEN $first AND $last "
            + $"AND +rowid IN ({string.Join(", ", chosen)}) ORDER BY rank";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$first", chosen.Min());
        command.Parameters.AddWithValue("$last", chosen.Max());
        return (ReadHits(command), counts);
    }

    /// <summary>The rowid of the candidateLimit-th match in the range; null when there are fewer, so all can be ranked.</summary>
    private static long? CandidateRangeEnd(SqliteConnection connection, string table, string match, KindRange range, int candidateLimit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM {table} WHERE {table} MATCH $match AND rowid BETWEEN $first AND $last LIMIT 1 OFFSET $offset";
        command.Parameters.AddWithValue("$offset", candidateLimit - 1);
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$first", range.First);
        command.Parameters.AddWithValue("$last", range.Last);
        return command.ExecuteScalar() as long?;
    }

    /// <summary>bm25 order within a rowid range of either index; snippets are made only for the rows returned.</summary>
    private static List<SearchHit> Ranked(SqliteConnection connection, string table, string match, long first, long last, int limit)
    {
        using var command = connection.CreateCommand();
        var snippet = table == Table ? Snippet : KeysSnippet;
        command.CommandText = $"SELECT kind, slug, title, {snippet} FROM {table} WHERE {table} MATCH $match AND rowid BETWEEN $first AND $last ORDER BY rank LIMIT $limit";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$first", first);
        command.Parameters.AddWithValue("$last", last);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadHits(command);
    }

    private static List<SearchHit> ReadHits(SqliteCommand command)
    {
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), Highlight(reader.GetString(3)), TitleMatch: false));
        }

        return hits;
    }

    /// <summary>
    /// bm25 already weights titles heavily; this makes "title matches first" a guarantee, not a tendency. Among those, a
    /// title that is just the searched words ("genetics") comes before a longer one ("genetic counselors").
    /// </summary>
    private static List<SearchHit> TitleMatchesFirst(IEnumerable<SearchHit> hits, IReadOnlyList<string> terms) =>
        hits.Select(hit => hit with { TitleMatch = TitleMatches(hit.Title, terms) })
            .OrderByDescending(hit => hit.TitleMatch)
            .ThenByDescending(hit => hit.TitleMatch && SearchQuery.Terms(hit.Title).All(word => terms.Any(term => Matches(word, term))))
            .ToList();

    /// <summary>Escapes the snippet, then turns only our own marker characters into highlight markup.</summary>
    private static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(snippet)
            .Replace(MarkStart.ToString(), "<mark>", StringComparison.Ordinal)
            .Replace(MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);

    /// <summary>
    /// Every searched word starts a title word (a single letter must be the whole word), or the reverse for stems like
    /// "therapist"/"therapy": so for "ultrasound tech" a title with only "technologists" does not jump above the role
    /// whose occupation is also called "ultrasound tech".
    /// </summary>
    private static bool TitleMatches(string title, IReadOnlyList<string> terms)
    {
        var words = SearchQuery.Terms(title);
        return terms.All(term => words.Any(word => Matches(word, term)));
    }

    private static bool Matches(string word, string term) =>
        term.Length == 1 ? word == term
            : word.StartsWith(term, StringComparison.Ordinal) || (term.StartsWith(word, StringComparison.Ordinal) && word.Length >= 4);
}
