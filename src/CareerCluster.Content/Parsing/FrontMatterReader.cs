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
        catch (AliasException ex)
        {
            reader.Error(document.YamlFirstLine + Math.Max(0, (int)ex.Line - 1),
                "YAML anchors and aliases ('&name', '*name') are not allowed in front matter: write each value out in full");
            return null;
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
            FrontMatterSchema.Find(key)!.Read(reader, node, result);
        }

        return result;
    }

    /// <summary>
    /// Remembers where each still-open flow collection ('[' or '{') started, for error lines, and stops at the first
    /// anchor or alias: a few aliases of a large anchored value would otherwise expand to gigabytes when read.
    /// </summary>
    private sealed class FlowTrackingParser(IParser inner) : IParser
    {
        private readonly Stack<(bool Flow, long Line)> _open = new();

        public ParsingEvent? Current => inner.Current;

        public long? InnermostOpenFlowLine => _open.Where(o => o.Flow).Select(o => (long?)o.Line).FirstOrDefault();

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is AnchorAlias || inner.Current is NodeEvent { Anchor.IsEmpty: false })
            {
                throw new AliasException(inner.Current.Start.Line);
            }

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

    private sealed class AliasException(long line) : Exception
    {
        public long Line { get; } = line;
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (...): "; the editor gets the line from us.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
