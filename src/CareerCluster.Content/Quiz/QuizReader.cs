using CareerCluster.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerCluster.Content.Quiz;

/// <summary>
/// Reads content/quiz/statements.yaml: a list of '- type: R' and 'text: ...' entries. Each entry is checked on its
/// own here (type, text); the list as a whole (order, duplicates, five per type) is checked by the site validator.
/// </summary>
public static class QuizReader
{
    /// <summary>The quiz file, relative to the content folder.</summary>
    public const string File = Parsing.ContentLayout.QuizFile;
    public const int MaxTextLength = 120;
    private static readonly IReadOnlySet<string> Keys = new HashSet<string> { "type", "text" };

    public static bool IsQuizPath(string relativePath) => relativePath == File;

    public static IReadOnlyList<QuizStatement> Read(string contentRoot, List<ContentDiagnostic> diagnostics)
    {
        var full = Path.Combine(contentRoot, File);
        return System.IO.File.Exists(full) ? Parse(System.IO.File.ReadAllText(full), diagnostics) : [];
    }

    public static IReadOnlyList<QuizStatement> Parse(string yaml, List<ContentDiagnostic> diagnostics)
    {
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Error((int)ex.Start.Line, $"invalid YAML: {ex.InnerException?.Message ?? ex.Message}"));
            return [];
        }

        if (root is not YamlSequenceNode list)
        {
            diagnostics.Add(Error(root is null ? 1 : Line(root), "the quiz must be a list of statements, each '- type: R' with a 'text: ...' line"));
            return [];
        }

        var statements = new List<QuizStatement>();
        foreach (var item in list.Children)
        {
            if (Statement(item, diagnostics) is { } statement)
            {
                statements.Add(statement);
            }
        }

        return statements;
    }

    private static QuizStatement? Statement(YamlNode item, List<ContentDiagnostic> diagnostics)
    {
        if (item is not YamlMappingNode mapping)
        {
            diagnostics.Add(Error(Line(item), "each statement must be 'type: ...' and 'text: ...' lines"));
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(key))
            {
                diagnostics.Add(Error(Line(keyNode), $"unknown key '{key}' in a quiz statement (allowed: text, type)"));
                continue;
            }

            values[key] = valueNode;
        }

        char? type = null;
        if (!values.TryGetValue("type", out var typeNode))
        {
            diagnostics.Add(Error(Line(item), "this statement is missing 'type' (one of R, I, A, S, E, C)"));
        }
        else if (Scalar(typeNode) is [var letter] && Riasec.IsLetter(letter))
        {
            type = letter;
        }
        else
        {
            diagnostics.Add(Error(Line(typeNode), $"'type' must be one of R, I, A, S, E, C (O*NET's RIASEC letters), not '{Scalar(typeNode)}'"));
        }

        string? text = null;
        if (!values.TryGetValue("text", out var textNode))
        {
            diagnostics.Add(Error(Line(item), "this statement is missing 'text'"));
        }
        else if (Scalar(textNode) is not { Length: > 0 } words)
        {
            diagnostics.Add(Error(Line(textNode), "'text' must be the statement's words on one line, not empty"));
        }
        else if (words.Length > MaxTextLength)
        {
            diagnostics.Add(Error(Line(textNode), $"'text' is {words.Length} characters: keep a statement to {MaxTextLength} at most"));
        }
        else
        {
            text = words;
        }

        return type is { } t && text is not null ? new QuizStatement(t, text, Line(item)) : null;
    }

    private static string? Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } scalar && !(scalar.Style == ScalarStyle.Plain && value is "~" or "null") ? value.Trim() : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static ContentDiagnostic Error(int line, string message) => new(File, Math.Max(1, line), DiagnosticSeverity.Error, message);
}
