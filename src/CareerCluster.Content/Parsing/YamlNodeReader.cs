using System.Globalization;
using CareerCluster.Content.Model;
using YamlDotNet.RepresentationModel;

namespace CareerCluster.Content.Parsing;

/// <summary>Typed reads of YAML nodes that report a located, plain-words error instead of throwing.</summary>
internal sealed class YamlNodeReader(string path, int firstLine, List<ContentDiagnostic> diagnostics)
{
    public int LineOf(YamlNode node) => firstLine + (int)node.Start.Line - 1;

    public void Error(YamlNode node, string message) => Error(LineOf(node), message);

    public void Error(int line, string message) =>
        diagnostics.Add(new ContentDiagnostic(path, line, DiagnosticSeverity.Error, message));

    public string? String(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } value } && !IsNull(node))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(node, $"'{key}' is empty: give it a value, or leave the line out if it is optional");
                return null;
            }

            return value.Trim();
        }

        Error(node, $"'{key}' must be a single line of text");
        return null;
    }

    public int? Int(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } value }
            && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(node, $"'{key}' must be a whole number, not '{Describe(node)}'");
        return null;
    }

    public decimal? Decimal(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } value }
            && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(node, $"'{key}' must be a number, not '{Describe(node)}'");
        return null;
    }

    public bool? Bool(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Error(node, $"'{key}' must be true or false, not '{Describe(node)}'");
        return null;
    }

    public DateOnly? Date(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } value }
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node, $"'{key}' must be a real date written YYYY-MM-DD, not '{Describe(node)}'");
        return null;
    }

    public IReadOnlyList<(string Value, int Line)>? StringList(string key, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list (one '- item' per line)");
            return null;
        }

        if (!WithinListLimit(key, sequence))
        {
            return null;
        }

        var items = new List<(string, int)>();
        foreach (var item in sequence.Children)
        {
            if (String(key, item) is { } text)
            {
                items.Add((text, LineOf(item)));
            }
        }

        return items;
    }

    /// <summary>False (with an error) for a list longer than <see cref="FrontMatterSchema.MaxListItems"/>.</summary>
    public bool WithinListLimit(string key, YamlSequenceNode sequence)
    {
        if (sequence.Children.Count <= FrontMatterSchema.MaxListItems)
        {
            return true;
        }

        Error(sequence, $"'{key}' has {sequence.Children.Count} items; a list may have at most {FrontMatterSchema.MaxListItems}");
        return false;
    }

    /// <summary>A nested mapping, with unknown and missing keys reported.</summary>
    public Dictionary<string, YamlNode>? Mapping(string key, YamlNode node, IReadOnlySet<string> allowed, IEnumerable<string> required)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"'{key}' must be a set of 'name: value' lines");
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name })
            {
                Error(keyNode, $"keys in '{key}' must be plain names followed by ':'");
                continue;
            }

            if (!allowed.Contains(name))
            {
                Error(keyNode, UnknownKeyMessage(name, allowed, $"in '{key}'"));
                continue;
            }

            values[name] = valueNode;
        }

        foreach (var missing in required.Where(r => !values.ContainsKey(r)))
        {
            Error(node, $"'{key}' is missing '{missing}'");
        }

        return values;
    }

    public static string UnknownKeyMessage(string key, IEnumerable<string> allowed, string where)
    {
        var suggestion = FrontMatterSchema.DidYouMean(key, allowed);
        return suggestion is null
            ? $"unknown key '{key}' {where} (allowed: {string.Join(", ", allowed.Order(StringComparer.Ordinal))})"
            : $"unknown key '{key}' {where}: did you mean '{suggestion}'?";
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" };

    private static string Describe(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.NodeType.ToString().ToLowerInvariant();
}
