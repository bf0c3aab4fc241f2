namespace CareerCluster.Content.Parsing;

/// <summary>A file cut into its YAML front matter and Markdown body, with the line each starts on.</summary>
public sealed record SplitDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

public static class FrontMatterSplitter
{
    private const string Fence = "---";

    public static (SplitDocument? Document, int ErrorLine, string? Error) Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != Fence)
        {
            return (null, 1, "front matter not opened: the file must start with a line '---'");
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r', ' ', '\t') == Fence)
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return (new SplitDocument(yaml, 2, body, i + 2), 0, null);
            }
        }

        return (null, 1, "front matter not closed: add a line '---' after the last front-matter key");
    }
}
