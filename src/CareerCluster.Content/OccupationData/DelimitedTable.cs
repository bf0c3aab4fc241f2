using System.Text;
using CareerCluster.Content.Loading;
using CareerCluster.Content.Model;

namespace CareerCluster.Content.OccupationData;

/// <summary>One data row with its file line, read by column name.</summary>
public sealed class DataRow(DelimitedTable table, string[] fields, int line)
{
    public int Line => line;

    public string this[string column] => table.Index(column) is var i and >= 0 && i < fields.Length ? fields[i].Trim() : "";
}

/// <summary>
/// A tab-separated (O*NET, BLS) or comma-separated (Career Clusters) file with a header row. Missing
/// columns are reported once, against line 1, so an editor who drops in a reshaped release learns which.
/// </summary>
public sealed class DelimitedTable
{
    private readonly Dictionary<string, int> _columns;

    private DelimitedTable(string path, Dictionary<string, int> columns)
    {
        Path = path;
        _columns = columns;
    }

    public string Path { get; }
    public List<DataRow> Rows { get; } = [];

    public int Index(string column) => _columns.TryGetValue(column, out var i) ? i : -1;

    /// <summary>Reads the file, or returns null after reporting why it cannot be used.</summary>
    public static DelimitedTable? Read(string contentRoot, string relativePath, IReadOnlyList<string> requiredColumns, List<ContentDiagnostic> diagnostics)
    {
        var full = System.IO.Path.Combine(contentRoot, relativePath);
        if (!File.Exists(full))
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, 1, DiagnosticSeverity.Error, "data file missing: the US occupation data needs this file (see content/data/us/README.md)"));
            return null;
        }

        if (ContentFiles.Unreadable(contentRoot, relativePath) is { } reason)
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, 1, DiagnosticSeverity.Error,
                reason == ContentFiles.EmptyFile ? "data file is empty: expected a header row" : reason));
            return null;
        }

        var separator = relativePath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t';
        var lines = File.ReadAllLines(full, Encoding.UTF8);
        if (lines.Length == 0)
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, 1, DiagnosticSeverity.Error, "data file is empty: expected a header row"));
            return null;
        }

        var header = Split(lines[0].TrimStart('\uFEFF'), separator);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, 1, DiagnosticSeverity.Error,
                $"data file header lacks the column(s) {string.Join(", ", missing.Select(c => $"'{c}'"))}: is this the right file and release?"));
            return null;
        }

        var table = new DelimitedTable(relativePath, columns);
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length > 0)
            {
                table.Rows.Add(new DataRow(table, Split(lines[n], separator), n + 1));
            }
        }

        return table;
    }

    /// <summary>Splits one line; commas inside double quotes (CSV) stay in the field.</summary>
    private static string[] Split(string line, char separator)
    {
        if (separator == '\t')
        {
            return line.Split('\t');
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
