using System.Text.RegularExpressions;
using CareerCluster.Content.Model;

namespace CareerCluster.Content.Parsing;

/// <summary>Where a file sits in the content tree decides what it is (the editors' layout contract).</summary>
public sealed record ContentLocation(ContentKind Kind, string Slug, string? ClusterSlug, string? PathwaySlug);

public static partial class ContentLayout
{
    public const string IndexFile = "_index.md";

    /// <summary>The interest check's statements: the one YAML file in the layout (the data folder aside).</summary>
    public const string QuizFile = "quiz/statements.yaml";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>
    /// Files that live in content/ but are not pages: the editors' guide, hidden files, and the backup
    /// and lock files editors leave while saving (name~, #name#), which must not break a live reload.
    /// </summary>
    public static bool IsIgnored(string relativePath)
    {
        var name = Path.GetFileName(relativePath);
        return relativePath.Equals("README.md", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith('.')
            || name.StartsWith('#')
            || name.EndsWith('~');
    }

    /// <summary>Classifies a path relative to the content folder, or explains why it is outside the layout.</summary>
    public static (ContentLocation? Location, string? Error) Classify(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (!relativePath.EndsWith(".md", StringComparison.Ordinal))
        {
            return (null, $"file outside the layout: only Markdown files (.md) belong in content/, apart from data/us/ and {QuizFile}");
        }

        var location = parts switch
        {
            ["clusters", var c, IndexFile] => new ContentLocation(ContentKind.Cluster, c, c, null),
            ["clusters", var c, var p, IndexFile] => new ContentLocation(ContentKind.Pathway, p, c, p),
            ["clusters", var c, var p, var r] when r != IndexFile => new ContentLocation(ContentKind.Role, Stem(r), c, p),
            ["faq", var q] when q != IndexFile => new ContentLocation(ContentKind.Faq, Stem(q), null, null),
            _ => null,
        };
        if (location is null)
        {
            return (null, "file outside the layout: expected clusters/<cluster>/_index.md, "
                + "clusters/<cluster>/<pathway>/_index.md, clusters/<cluster>/<pathway>/<role>.md or faq/<question>.md");
        }

        foreach (var segment in parts.Take(parts.Length - 1).Append(Path.GetFileNameWithoutExtension(parts[^1])))
        {
            if (segment != "_index" && !IsValidSlug(segment))
            {
                return (null, $"bad slug '{segment}': use lowercase letters a-z, digits 0-9 and hyphens only "
                    + "(no capitals, spaces or underscores)");
            }
        }

        return (location, null);
    }

    private static string Stem(string fileName) => fileName[..^".md".Length];
}
