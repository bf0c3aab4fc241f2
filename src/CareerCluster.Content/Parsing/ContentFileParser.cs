using CareerCluster.Content.Markdown;
using CareerCluster.Content.Model;

namespace CareerCluster.Content.Parsing;

/// <summary>Parses one content file on its own: front matter, body and everything checkable without the rest of the tree.</summary>
public sealed class ContentFileParser(MarkdownRenderer markdown)
{
    public ContentPage? Parse(ContentLocation location, string relativePath, string text, List<ContentDiagnostic> diagnostics)
    {
        var (document, errorLine, error) = FrontMatterSplitter.Split(text);
        if (document is null)
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, errorLine, DiagnosticSeverity.Error, error!));
            return null;
        }

        var errorsBefore = diagnostics.Count(d => d.IsError);
        var frontMatter = FrontMatterReader.Read(relativePath, location.Kind, document, diagnostics);
        // A role that names its occupation has the occupation's facts to show, so its own text can come later.
        if (string.IsNullOrWhiteSpace(document.Body) && frontMatter?.Onet is null)
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, document.BodyFirstLine - 1, DiagnosticSeverity.Error,
                "the body is empty: write the page's text below the closing '---'"));
        }

        if (frontMatter is null || diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        var rendered = markdown.Render(document.Body, document.BodyFirstLine);
        return new ContentPage
        {
            Kind = location.Kind,
            Slug = location.Slug,
            RelativePath = relativePath,
            ClusterSlug = location.ClusterSlug,
            PathwaySlug = location.PathwaySlug,
            FrontMatter = frontMatter,
            BodyHtml = rendered.Html,
            BodyText = rendered.PlainText,
            InternalLinks = rendered.InternalLinks,
        };
    }
}
