using CareerCluster.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CareerCluster.Content.Parsing;

/// <summary>Reads YAML front matter with YamlDotNet into typed values, reporting every problem with its line.</summary>
internal static class FrontMatterReader
{
    public static FrontMatter? Read(string path, ContentKind kind, SplitDocument document, List<ContentDiagnostic> diagnostics)
    {
        var reader = new YamlNodeReader(path, document.YamlFirstLine, diagnostics);
        YamlMappingNode? root;
        var parser = new FlowTrackingParser(new Parser(new StringReader(document.Yaml)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException ex)
        {
            // An unclosed [ or { is only noticed lines later: point at the bracket the editor left open.
            var yamlLine = parser.InnermostOpenFlowLine ?? ex.Start.Line;
            reader.Error(document.YamlFirstLine + Math.Max(0, (int)yamlLine - 1), $"invalid YAML: {Describe(ex)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this (not a YamlException) for some unclosed flow collections.
            var yamlLine = parser.InnermostOpenFlowLine ?? parser.Current?.Start.Line ?? 1;
            reader.Error(document.YamlFirstLine + Math.Max(0, (int)yamlLine - 1),
                "invalid YAML: a list or set of values opened with '[' or '{' is not closed on this line");
            return null;
        }

        if (root is null)
        {
            reader.Error(document.YamlFirstLine, "front matter must be 'key: value' lines");
            return null;
        }

        var allowed = FrontMatterSchema.AllowedKeys(kind);
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                reader.Error(keyNode, "front-matter keys must be plain names followed by ':', such as 'title:'");
                continue;
            }

            if (!allowed.Contains(key))
            {
                reader.Error(keyNode, YamlNodeReader.UnknownKeyMessage(key, allowed, $"for a {kind.ToString().ToLowerInvariant()}"));
                continue;
            }

            values[key] = valueNode;
        }

        foreach (var missing in FrontMatterSchema.RequiredKeys(kind, values.ContainsKey("onet")).Where(k => !values.ContainsKey(k)))
        {
            reader.Error(document.YamlFirstLine, $"missing required key '{missing}'");
        }

        var result = new FrontMatter();
        foreach (var (key, node) in values)
        {
            ReadKey(reader, result, key, node);
        }

        return result;
    }

    private static void ReadKey(YamlNodeReader reader, FrontMatter result, string key, YamlNode node)
    {
        switch (key)
        {
            case "title": result.Title = reader.String(key, node); break;
            case "question": result.Question = reader.String(key, node); break;
            case "education": result.Education = reader.String(key, node); break;
            case "summary":
                result.Summary = reader.String(key, node);
                if (result.Summary is { Length: > FrontMatterSchema.MaxSummaryLength } summary)
                {
                    reader.Error(node, $"'summary' is {summary.Length} characters: keep it to {FrontMatterSchema.MaxSummaryLength} at most");
                }

                break;
            case "last_reviewed":
                result.LastReviewed = reader.Date(key, node);
                result.LastReviewedLine = reader.LineOf(node);
                break;
            case "order": result.Order = reader.Int(key, node); break;
            case "draft": result.Draft = reader.Bool(key, node) ?? false; break;
            case "region":
                result.Region = reader.String(key, node);
                if (result.Region is { } region && !FrontMatterSchema.Regions.Contains(region))
                {
                    reader.Error(node, $"'region' must be US or UK, not '{region}'");
                    result.Region = null;
                }

                break;
            case "cluster":
                if (reader.String(key, node) is { } cluster)
                {
                    result.Cluster = new LocatedValue(cluster, reader.LineOf(node));
                }

                break;
            case "skills": result.Skills.AddRange(Values(reader.StringList(key, node))); break;
            case "work_settings": result.WorkSettings.AddRange(Values(reader.StringList(key, node))); break;
            case "aliases": result.Aliases.AddRange(Located(reader.StringList(key, node))); break;
            case "related": result.Related.AddRange(Located(reader.StringList(key, node))); break;
            case "sources": ReadSources(reader, result, node); break;
            case "onet":
                if (reader.String(key, node) is { } code)
                {
                    if (OccupationData.UsDataReader.OnetCodePattern().IsMatch(code))
                    {
                        result.Onet = new LocatedValue(code, reader.LineOf(node));
                    }
                    else
                    {
                        reader.Error(node, $"'onet' must be an O*NET-SOC code such as \"29-1141.00\", not '{code}'");
                    }
                }

                break;
            case "median_pay": result.MedianPay = ReadMedianPay(reader, node); break;
            case "outlook": result.Outlook = ReadOutlook(reader, node); break;
        }
    }

    private static void ReadSources(YamlNodeReader reader, FrontMatter result, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            reader.Error(node, "'sources' must be a list with at least one '- name: ...' entry");
            return;
        }

        foreach (var item in sequence.Children)
        {
            var fields = reader.Mapping("sources", item, FrontMatterSchema.SourceKeys, ["name"]);
            if (fields is null || !fields.TryGetValue("name", out var nameNode) || reader.String("name", nameNode) is not { } name)
            {
                continue;
            }

            string? url = null;
            if (fields.TryGetValue("url", out var urlNode) && reader.String("url", urlNode) is { } text)
            {
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                {
                    url = uri.AbsoluteUri;
                }
                else
                {
                    reader.Error(urlNode, $"source url '{text}' must be a full http:// or https:// address");
                }
            }

            result.Sources.Add(new SourceReference(name, url));
        }
    }

    private static MedianPay? ReadMedianPay(YamlNodeReader reader, YamlNode node)
    {
        var fields = reader.Mapping("median_pay", node, FrontMatterSchema.MedianPayKeys, ["amount", "currency", "period"]);
        if (fields is null)
        {
            return null;
        }

        var amount = fields.TryGetValue("amount", out var a) ? reader.Decimal("amount", a) : null;
        if (amount is <= 0)
        {
            reader.Error(a!, "'amount' must be more than zero");
            amount = null;
        }

        var currency = fields.TryGetValue("currency", out var c) ? reader.String("currency", c) : null;
        if (currency is not null && !FrontMatterSchema.Currencies.Contains(currency))
        {
            reader.Error(c!, $"'currency' must be USD or GBP, not '{currency}'");
            currency = null;
        }

        var period = fields.TryGetValue("period", out var p) ? reader.String("period", p) : null;
        if (period is not null && period != "year")
        {
            reader.Error(p!, $"'period' must be 'year', not '{period}'");
            period = null;
        }

        var occupation = fields.TryGetValue("occupation", out var o) ? reader.String("occupation", o) : null;
        return amount is { } value && currency is not null && period is not null
            ? new MedianPay(value, currency, period, occupation)
            : null;
    }

    private static GrowthOutlook? ReadOutlook(YamlNodeReader reader, YamlNode node)
    {
        var fields = reader.Mapping("outlook", node, FrontMatterSchema.OutlookKeys, FrontMatterSchema.OutlookKeys);
        if (fields is null)
        {
            return null;
        }

        var growth = fields.TryGetValue("growth_percent", out var g) ? reader.Decimal("growth_percent", g) : null;
        var period = fields.TryGetValue("period", out var p) ? reader.String("period", p) : null;
        var all = fields.TryGetValue("all_occupations_percent", out var a) ? reader.Decimal("all_occupations_percent", a) : null;
        return growth is { } growthValue && period is not null && all is { } allValue
            ? new GrowthOutlook(growthValue, period, allValue)
            : null;
    }

    private static IEnumerable<string> Values(IReadOnlyList<(string Value, int Line)>? items) =>
        items?.Select(i => i.Value) ?? [];

    private static IEnumerable<LocatedValue> Located(IReadOnlyList<(string Value, int Line)>? items) =>
        items?.Select(i => new LocatedValue(i.Value, i.Line)) ?? [];

    /// <summary>Remembers where each still-open flow collection ('[' or '{') started, for error lines.</summary>
    private sealed class FlowTrackingParser(IParser inner) : IParser
    {
        private readonly Stack<(bool Flow, long Line)> _open = new();

        public ParsingEvent? Current => inner.Current;

        public long? InnermostOpenFlowLine => _open.Where(o => o.Flow).Select(o => (long?)o.Line).FirstOrDefault();

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            switch (inner.Current)
            {
                case SequenceStart sequence:
                    _open.Push((sequence.Style == SequenceStyle.Flow, sequence.Start.Line));
                    break;
                case MappingStart mapping:
                    _open.Push((mapping.Style == MappingStyle.Flow, mapping.Start.Line));
                    break;
                case SequenceEnd or MappingEnd when _open.Count > 0:
                    _open.Pop();
                    break;
            }

            return moved;
        }
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (...): "; the editor gets the line from us.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
