using System.Globalization;
using CareerCluster.Data.Loading;
using Microsoft.Data.Sqlite;

namespace CareerCluster.Data.Overview;

public sealed record PathwaySummary(string Slug, string Title, string Summary, int RoleCount);

public sealed record ClusterSummary(string Slug, string Title, string Summary, string Region, IReadOnlyList<PathwaySummary> Pathways);

/// <summary>Every cluster with its pathways and role counts, in display order, and the oldest review date among them.</summary>
public sealed record SiteOverview(IReadOnlyList<ClusterSummary> Clusters, DateOnly? OldestReview);

/// <summary>
/// The home page's data, read once per content version with three small queries and kept with it, so the
/// first page after a start (or a reload) waits for neither a query nor EF Core's first query compilation.
/// </summary>
public sealed class SiteOverviewSource(ActiveContent active)
{
    private volatile Entry? _entry;

    private sealed record Entry(ContentSnapshot Snapshot, SiteOverview Overview);

    public SiteOverview Current
    {
        get
        {
            var snapshot = active.Require();
            if (_entry is { } entry && ReferenceEquals(entry.Snapshot, snapshot))
            {
                return entry.Overview;
            }

            var overview = Read(snapshot.ConnectionString);
            _entry = new Entry(snapshot, overview);
            return overview;
        }
    }

    private static SiteOverview Read(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var pathways = Rows(connection, """
            SELECT p.ClusterId, p.Slug, p.Title, p.Summary, (SELECT count(*) FROM Roles r WHERE r.PathwayId = p.Id)
            FROM Pathways p ORDER BY p.SortOrder, p.Title
            """,
            row => (ClusterId: row.GetInt64(0), Pathway: new PathwaySummary(row.GetString(1), row.GetString(2), row.GetString(3), row.GetInt32(4))))
            .ToLookup(p => p.ClusterId, p => p.Pathway);
        var clusters = Rows(connection, "SELECT Id, Slug, Title, Summary, Region FROM Clusters ORDER BY SortOrder, Title",
            row => new ClusterSummary(row.GetString(1), row.GetString(2), row.GetString(3), row.GetString(4), [.. pathways[row.GetInt64(0)]]));
        var oldest = Rows(connection, "SELECT min(LastReviewed) FROM (SELECT LastReviewed FROM Clusters UNION ALL SELECT LastReviewed FROM Pathways)",
            row => row.IsDBNull(0) ? (DateOnly?)null : DateOnly.ParseExact(row.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new SiteOverview(clusters, oldest.Single());
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
