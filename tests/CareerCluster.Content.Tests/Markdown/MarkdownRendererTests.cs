using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CareerCluster.Content.Markdown;

namespace CareerCluster.Content.Tests.Markdown;

/// <summary>Editors' Markdown becomes safe HTML: raw HTML is text, script-capable URLs are neutralised.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];
    private readonly MarkdownRenderer _renderer = new();

    private IDocument Render(string markdown) => new HtmlParser().ParseDocument(_renderer.Render(markdown, 1).Html);

    /// <summary>What a browser would make of a URL attribute's scheme: whitespace and control characters dropped, lowercased.</summary>
    private static string BrowserScheme(string url) =>
        new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();

    private static void AssertNoLiveScript(IDocument document)
    {
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"event handler attribute {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name is "href" or "src" or "srcset" or "action" or "formaction" or "xlink:href" or "poster" or "background")
                {
                    var scheme = BrowserScheme(attribute.Value);
                    Assert.DoesNotContain(DangerousSchemes, s => scheme.StartsWith(s, StringComparison.Ordinal));
                }
            }
        }

        Assert.Empty(document.QuerySelectorAll("script, iframe, style, object, embed, frame, frameset, svg, math, base, meta, link, form"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<style>body{display:none}</style>", "<style>")]
    [InlineData("Text with <span onclick=\"alert(1)\">inline</span> HTML.", "<span onclick=")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a href=")]
    [InlineData("<svg onload=alert(1)>", "<svg onload")]
    [InlineData("<!-- comment --><script>alert(1)</script>", "<!-- comment -->")]
    public void Raw_html_is_shown_as_text_not_rendered(string markdown, string visibleText)
    {
        var html = _renderer.Render(markdown, 1).Html;
        var document = new HtmlParser().ParseDocument(html);

        AssertNoLiveScript(document);
        Assert.Contains(visibleText, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x](JavaScript:alert(document.cookie))")]
    [InlineData("[x](java&#115;cript:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x](&#x6A;&#x61;&#x76;&#x61;script:alert(1))")]
    [InlineData("[x](<java&#9;script:alert(1)>)")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x]( javascript:alert(1) \"title\")")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](VBScript:msgbox(1))")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![i](data:text/html,<script>alert(1)</script>)")]
    [InlineData("![i](data:image/svg+xml;base64,PHN2Zy8+)")]
    [InlineData("![i](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<data:text/html,alert(1)>")]
    [InlineData("[x][evil]\n\n[evil]: javascript:alert(1)")]
    [InlineData("[evil]\n\n[evil]: vbscript:msgbox(1)")]
    [InlineData("![img][evil]\n\n[evil]: data:text/html,alert(1)")]
    [InlineData("[x](javascript:alert(1) 'title')")]
    public void Script_capable_link_and_image_targets_are_neutralised(string markdown)
    {
        var document = Render(markdown);

        AssertNoLiveScript(document);
        var targets = document.QuerySelectorAll("a[href], img[src]").ToList();
        Assert.NotEmpty(targets);
    }

    [Theory]
    [InlineData("[site](http://example.org/page)", "a", "href", "http://example.org/page")]
    [InlineData("[site](https://example.org/page?a=1&b=2)", "a", "href", "https://example.org/page?a=1&b=2")]
    [InlineData("[mail](mailto:careers@example.org)", "a", "href", "mailto:careers@example.org")]
    [InlineData("[role](/roles/nurses)", "a", "href", "/roles/nurses")]
    [InlineData("[faq](/faq#what-is-it)", "a", "href", "/faq#what-is-it")]
    [InlineData("[section](#pay)", "a", "href", "#pay")]
    [InlineData("[relative](other-page)", "a", "href", "other-page")]
    [InlineData("![chart](/images/chart.png)", "img", "src", "/images/chart.png")]
    [InlineData("<https://example.org/auto>", "a", "href", "https://example.org/auto")]
    [InlineData("Visit https://example.org/bare today.", "a", "href", "https://example.org/bare")]
    public void Safe_link_targets_are_kept(string markdown, string element, string attribute, string expected)
    {
        var document = Render(markdown);

        var node = document.QuerySelector($"{element}[{attribute}]");
        Assert.NotNull(node);
        Assert.Equal(expected, node.GetAttribute(attribute));
    }

    [Fact]
    public void A_whole_malicious_file_renders_with_nothing_live()
    {
        const string markdown = """
            # Title in body

            <script>alert('xss')</script>

            <img src=x onerror="alert(1)">

            <iframe src="https://evil.example/"></iframe>

            <style>* { display: none }</style>

            Click [here](javascript:alert(1)) or [there](java&#115;cript:alert(2)) or [mail](mailto:a@b.example).

            ![pixel](data:text/html,<script>alert(3)</script>)

            <javascript:alert(4)>

            | a | b |
            |---|---|
            | [cell](vbscript:msgbox(5)) | <b onmouseover=alert(6)>x</b> |
            """;

        var document = Render(markdown);

        AssertNoLiveScript(document);
        Assert.NotNull(document.QuerySelector("table"));
        Assert.Equal("mailto:a@b.example", document.QuerySelector("a[href^='mailto:']")?.GetAttribute("href"));
    }

    [Fact]
    public void Headings_never_produce_a_second_h1()
    {
        var document = Render("# One\n\n## Two\n\nSetext\n======\n");

        Assert.Empty(document.QuerySelectorAll("h1"));
        Assert.Equal(3, document.QuerySelectorAll("h2").Length);
    }

    [Fact]
    public void Pipe_tables_are_rendered()
    {
        var document = Render("| Role | Pay |\n|---|---|\n| Nurses | $75,000 |\n");

        Assert.Equal("Nurses", document.QuerySelector("table td")?.TextContent);
    }

    [Fact]
    public void Internal_links_are_collected_with_their_file_lines()
    {
        var rendered = _renderer.Render("First [a](/roles/a).\n\nThird [b](/pathways/b) and [c](https://example.org/c).\nFourth [d](/faq#d).\n", 10);

        Assert.Equal(
            [new Model.InternalLink("/roles/a", 10), new Model.InternalLink("/pathways/b", 12), new Model.InternalLink("/faq#d", 13)],
            rendered.InternalLinks);
    }

    [Fact]
    public void Protocol_relative_links_are_not_internal()
    {
        var rendered = _renderer.Render("[x](//evil.example/roles/a)", 1);

        Assert.Empty(rendered.InternalLinks);
    }

    [Fact]
    public void Plain_text_drops_markup()
    {
        var rendered = _renderer.Render("## Pay\n\nAbout **$75,000** a [year](/faq#pay).", 1);

        Assert.Contains("About $75,000 a year.", rendered.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("**", rendered.PlainText, StringComparison.Ordinal);
    }
}
