using System.Buffers;
using System.Text;
using System.Text.Json;
using CareerCluster.Content.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerCluster.Data.Loading;

/// <summary>
/// Writes the content tables with prepared SQLite commands instead of EF Core's change tracker, which
/// spent most of a 10,000-role build tracking entities. The rows are exactly what SaveChanges writes
/// (same ids in the same order, same text forms of decimals, dates and JSON columns), so the database,
/// and every page read from it, is byte-for-byte the same; a test compares the two paths.
/// </summary>
internal static class BulkContentWriter
{
    /// <summary>The columns this writer fills, per table. Any other model (a teammate added a column) falls back to EF.</summary>
    private static readonly Dictionary<string, string[]> KnownColumns = new(StringComparer.Ordinal)
    {
        ["Clusters"] = ["Id", "Slug", "Title", "Summary", "Region", "OutlookGrowthPercent", "OutlookPeriod", "OutlookAllOccupationsPercent", "BodyHtml", "LastReviewed", "SortOrder", "Sources"],
        ["Pathways"] = ["Id", "Slug", "ClusterId", "Title", "Summary", "Education", "Skills", "WorkSettings", "BodyHtml", "LastReviewed", "SortOrder", "Sources"],
        ["Roles"] = ["Id", "Slug", "PathwayId", "Title", "Summary", "Education", "Skills", "WorkSettings", "MedianPayAmount", "MedianPayCurrency", "MedianPayPeriod", "MedianPayOccupation", "BodyHtml", "LastReviewed", "SortOrder", "Sources"],
        ["RoleLinks"] = ["RoleId", "RelatedRoleId"],
        ["FaqEntries"] = ["Id", "Slug", "Question", "AnswerHtml", "ClusterId", "LastReviewed", "SortOrder", "Sources"],
        ["Aliases"] = ["Id", "Section", "OldSlug", "Slug"],
        ["ContentVersions"] = ["Id", "Hash", "BuiltAt", "PageCount"],
    };

    /// <summary>True when the EF model has exactly the tables and columns this writer knows.</summary>
    public static bool Supports(IModel model)
    {
        var tables = model.GetRelationalModel().Tables.ToList();
        return tables.Count == KnownColumns.Count
            && tables.All(t => KnownColumns.TryGetValue(t.Name, out var columns)
                && t.Columns.Select(c => c.Name).Order(StringComparer.Ordinal).SequenceEqual(columns.Order(StringComparer.Ordinal)));
    }

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, ContentSite site, string hash, DateTimeOffset builtAt)
    {
        var json = new JsonColumns();

        // Tables in the order SaveChanges writes them (by name, parents first), so even sqlite_sequence matches.
        using (var insert = new Insert(connection, transaction, "Aliases", KnownColumns["Aliases"]))
        {
            var id = 0L;
            var pages = site.Clusters.Select(p => (Section: "clusters", Page: p))
                .Concat(site.Pathways.Select(p => (Section: "pathways", Page: p)))
                .Concat(site.Roles.Select(p => (Section: "roles", Page: p)));
            foreach (var (section, page) in pages)
            {
                foreach (var alias in page.Aliases)
                {
                    insert.Run(++id, section, alias.Value, page.Slug);
                }
            }
        }

        var clusterIds = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var insert = new Insert(connection, transaction, "Clusters", KnownColumns["Clusters"]))
        {
            foreach (var c in site.Clusters)
            {
                var id = clusterIds[c.Slug] = clusterIds.Count + 1;
                insert.Run(id, c.Slug, c.Title, c.Summary, c.Region!, c.Outlook?.GrowthPercent, c.Outlook?.Period, c.Outlook?.AllOccupationsPercent,
                    c.BodyHtml, c.LastReviewed, c.Order ?? 0, json.Sources(c.Sources));
            }
        }

        using (var insert = new Insert(connection, transaction, "ContentVersions", KnownColumns["ContentVersions"]))
        {
            insert.Run(1L, hash, builtAt, site.PageCount);
        }

        using (var insert = new Insert(connection, transaction, "FaqEntries", KnownColumns["FaqEntries"]))
        {
            var id = 0L;
            foreach (var f in site.FaqEntries)
            {
                object? clusterId = f.FaqCluster is { } c && clusterIds.TryGetValue(c.Value, out var cid) ? cid : null;
                insert.Run(++id, f.Slug, f.Question!, f.BodyHtml, clusterId, f.LastReviewed, f.Order ?? 0, json.Sources(f.Sources));
            }
        }

        var pathwayIds = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var insert = new Insert(connection, transaction, "Pathways", KnownColumns["Pathways"]))
        {
            foreach (var p in site.Pathways)
            {
                var id = pathwayIds[p.Slug] = pathwayIds.Count + 1;
                insert.Run(id, p.Slug, clusterIds[p.ClusterSlug!], p.Title, p.Summary, p.Education, json.Strings(p.Skills), json.Strings(p.WorkSettings),
                    p.BodyHtml, p.LastReviewed, p.Order ?? 0, json.Sources(p.Sources));
            }
        }

        var (roleOrder, links) = OrderRolesAsEfCore(site);
        var roleIds = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var insert = new Insert(connection, transaction, "Roles", KnownColumns["Roles"]))
        {
            foreach (var r in roleOrder)
            {
                var id = roleIds[r.Slug] = roleIds.Count + 1;
                insert.Run(id, r.Slug, pathwayIds[r.PathwaySlug!], r.Title, r.Summary, r.Education, json.Strings(r.Skills), json.Strings(r.WorkSettings),
                    r.MedianPay?.Amount, r.MedianPay?.Currency, r.MedianPay?.Period, r.MedianPay?.Occupation,
                    r.BodyHtml, r.LastReviewed, r.Order ?? 0, json.Sources(r.Sources));
            }
        }

        using (var insert = new Insert(connection, transaction, "RoleLinks", KnownColumns["RoleLinks"]))
        {
            foreach (var (from, to) in links.Select(l => (From: roleIds[l.From], To: roleIds[l.To])).OrderBy(l => l.From).ThenBy(l => l.To))
            {
                insert.Run(from, to);
            }
        }
    }

    /// <summary>
    /// The order in which SaveChanges inserts roles, so ids (and so unordered reads such as the sitemap)
    /// stay exactly as before: EF tracks each role in site order and, depth first, every not-yet-tracked
    /// role reached through its links (a link is stored in both directions, in first-seen order).
    /// </summary>
    private static (List<ContentPage> Roles, List<(string From, string To)> Links) OrderRolesAsEfCore(ContentSite site)
    {
        var bySlug = site.Roles.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        var pairs = new HashSet<(string From, string To)>();
        var pairOrder = new List<(string From, string To)>();
        foreach (var role in site.Roles)
        {
            foreach (var related in role.Related.Where(r => bySlug.ContainsKey(r.Value) && r.Value != role.Slug))
            {
                if (pairs.Add((role.Slug, related.Value)))
                {
                    pairOrder.Add((role.Slug, related.Value));
                }

                if (pairs.Add((related.Value, role.Slug)))
                {
                    pairOrder.Add((related.Value, role.Slug));
                }
            }
        }

        var linksFrom = pairOrder.ToLookup(p => p.From, p => p.To, StringComparer.Ordinal);
        var ordered = new List<ContentPage>(site.Roles.Count);
        var tracked = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<IEnumerator<string>>();
        foreach (var role in site.Roles)
        {
            if (!tracked.Add(role.Slug))
            {
                continue;
            }

            ordered.Add(role);
            stack.Push(linksFrom[role.Slug].GetEnumerator());
            while (stack.Count > 0)
            {
                var next = stack.Peek();
                if (!next.MoveNext())
                {
                    next.Dispose();
                    stack.Pop();
                }
                else if (tracked.Add(next.Current))
                {
                    ordered.Add(bySlug[next.Current]);
                    stack.Push(linksFrom[next.Current].GetEnumerator());
                }
            }
        }

        return (ordered, pairOrder);
    }

    /// <summary>One prepared INSERT, its parameters bound positionally.</summary>
    private sealed class Insert : IDisposable
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter[] _parameters;

        public Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
                + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
            _command.Prepare();
        }

        /// <summary>Values in column order; Microsoft.Data.Sqlite gives decimals, DateOnly and DateTimeOffset the same text forms as EF Core.</summary>
        public void Run(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                _parameters[i].Value = values[i] ?? DBNull.Value;
            }

            _command.ExecuteNonQuery();
        }

        public void Dispose() => _command.Dispose();
    }

    /// <summary>JSON text as EF Core writes primitive collections and owned JSON collections (System.Text.Json's default escaping).</summary>
    private sealed class JsonColumns
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1024);
        private readonly Utf8JsonWriter _writer;

        public JsonColumns() => _writer = new Utf8JsonWriter(_buffer);

        public string Strings(IReadOnlyList<string> values)
        {
            Reset();
            _writer.WriteStartArray();
            foreach (var value in values)
            {
                _writer.WriteStringValue(value);
            }

            _writer.WriteEndArray();
            return Text();
        }

        public string Sources(IReadOnlyList<SourceReference> sources)
        {
            Reset();
            _writer.WriteStartArray();
            foreach (var source in sources)
            {
                _writer.WriteStartObject();
                _writer.WriteString("Name", source.Name);
                if (source.Url is null)
                {
                    _writer.WriteNull("Url");
                }
                else
                {
                    _writer.WriteString("Url", source.Url);
                }

                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
            return Text();
        }

        private void Reset()
        {
            _buffer.Clear();
            _writer.Reset(_buffer);
        }

        private string Text()
        {
            _writer.Flush();
            return Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }
    }
}
