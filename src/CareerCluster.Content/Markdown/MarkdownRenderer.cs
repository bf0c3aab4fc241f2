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
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var internalLinks = new List<InternalLink>();

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // The page template owns the only h1.
            heading.Level = Math.Max(heading.Level, 2);
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = Neutralise(link.Url);
            if (link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                internalLinks.Add(new InternalLink(url, firstLine + link.Line));
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            autolink.Url = Neutralise(autolink.Url) ?? NeutralisedUrl;
        }

        var html = new StringWriter();
        var renderer = new HtmlRenderer(html);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return new RenderedMarkdown(html.ToString(), ToPlainText(markdown), internalLinks);
    }

    private string ToPlainText(string markdown) =>
        Markdig.Markdown.ToPlainText(markdown, _pipeline).Trim();

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
