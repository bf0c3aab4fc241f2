using CareerCluster.Content.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerCluster.Content.Markdown;

public sealed record RenderedMarkdown(string Html, string PlainText, IReadOnlyList<InternalLink> InternalLinks);

/// <summary>
/// Renders editors' Markdown to safe HTML: raw HTML is shown as text, and link or image targets with a
/// script-capable scheme are neutralised on the parsed document (DisableHtml alone leaves them live).
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };
    private const string NeutralisedUrl = "#unsafe-link-removed";

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <param name="firstLine">The file line the body starts on, so link lines point into the file.</param>
    public RenderedMarkdown Render(string markdown, int firstLine)
    {
        // One parse serves both outputs: the plain text (for search) is rendered first, from the document
        // exactly as parsed, which is what Markdown.ToPlainText does with a second parse.
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var plainText = Render(document, plain: true).Trim();

        var internalLinks = new List<InternalLink>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    // The page template owns the only h1.
                    heading.Level = Math.Max(heading.Level, 2);
                    break;
                case LinkInline link:
                    link.Url = Neutralise(link.Url);
                    if (link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
                    {
                        internalLinks.Add(new InternalLink(url, firstLine + link.Line));
                    }

                    break;
                case AutolinkInline autolink:
                    autolink.Url = Neutralise(autolink.Url) ?? NeutralisedUrl;
                    break;
            }
        }

        return new RenderedMarkdown(Render(document, plain: false), plainText, internalLinks);
    }

    private string Render(MarkdownDocument document, bool plain)
    {
        var writer = new StringWriter();
        var renderer = plain
            ? new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false }
            : new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string? Neutralise(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return url;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        return !hasScheme || SafeSchemes.Contains(compact[..colon]) ? url : NeutralisedUrl;
    }
}
