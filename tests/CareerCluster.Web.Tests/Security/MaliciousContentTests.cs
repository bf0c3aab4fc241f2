using AngleSharp.Dom;
using CareerCluster.Tests;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Security;

/// <summary>An editor's file full of attacks: front-matter values and a Markdown body.</summary>
public sealed class MaliciousContentFactory : CareerClusterFactory
{
    public const string Path = "clusters/health-science/therapeutic-services/xss-test.md";

    protected override void WriteContent(TempContentTree tree)
    {
        base.WriteContent(tree);
        tree.Write(Path, """
            ---
            title: "<script>alert('title')</script> Nurse aides"
            summary: '"><img src=x onerror=alert(1)> Aides help nurses </title><script>alert(2)</script>'
            order: 9
            education: "<b onmouseover=alert(3)>Training</b>"
            skills:
              - "<iframe src=javascript:alert(4)>"
              - "Care"
            work_settings:
              - "</script><script>alert(5)</script>"
            related:
              - genomics-healthcare-scientist
            last_reviewed: 2026-11-24
            sources:
              - name: "<a href=javascript:alert(6)>Source</a>"
                url: "https://example.org/a?b=\"onmouseover=alert(7)"
            ---

            <script>alert('body')</script>

            <img src=x onerror="alert(8)">

            <iframe src="https://evil.example/"></iframe>

            <style>body { display: none }</style>

            <object data="evil.swf"></object><embed src="evil.swf">

            Click [here](javascript:alert(9)), [there](JAVASCRIPT:alert(10)), [entity](java&#115;cript:alert(11)),
            [hex](&#x6A;avascript:alert(12)), [vb](vbscript:msgbox(13)), [tab](<java&#9;script:alert(14)>).

            ![pixel](data:text/html,<script>alert(15)</script>)

            <javascript:alert(16)>

            [ref][evil]

            [evil]: javascript:alert(17)

            <a href="javascript:alert(18)">raw link</a>

            <svg onload=alert(19)><math><mi xlink:href="javascript:alert(20)">x</mi></math>

            A fine [link](https://example.org/safe) and [role](/roles/nurses).
            """);
    }
}

public sealed class MaliciousContentTests(MaliciousContentFactory factory) : IClassFixture<MaliciousContentFactory>
{
    private static readonly string[] Schemes = ["javascript:", "vbscript:", "data:"];
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private static void AssertNothingLive(IDocument document, string url)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            Assert.True(script.GetAttribute("type") == "application/ld+json"
                || (script.GetAttribute("src") is { } src && src.StartsWith("/js/", StringComparison.Ordinal)), $"{url}: live script {script.OuterHtml}");
        }

        Assert.Empty(document.QuerySelectorAll("iframe, frame, object, embed, style, base"));
        Assert.All(document.QuerySelectorAll("form"), f => Assert.Matches("^/[a-z]", f.GetAttribute("action") ?? ""));
        Assert.Empty(document.QuerySelectorAll("body svg:not(.qr-code):not([role='img']) [onload], math"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{url}: {attribute.Name} on <{element.LocalName}>");
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                if (attribute.Name is "href" or "src" or "xlink:href" or "action" or "data" or "srcset")
                {
                    Assert.DoesNotContain(Schemes, s => value.StartsWith(s, StringComparison.Ordinal));
                }
            }
        }
    }

    [Fact]
    public async Task Role_page_renders_every_attack_as_text()
    {
        var page = await _client.GetOkPageAsync("/roles/xss-test");

        AssertNothingLive(page.Document, "/roles/xss-test");
        Assert.Equal("<script>alert('title')</script> Nurse aides", page.H1);
        Assert.StartsWith("\"><img src=x onerror=alert(1)>", page.Meta("description"), StringComparison.Ordinal);
        Assert.Contains("<script>alert('body')</script>", page.Document.QuerySelector("section.prose")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.Document.QuerySelectorAll("section.prose a"), a => a.GetAttribute("href") == "https://example.org/safe");
        Assert.Contains(page.Document.QuerySelectorAll("section.prose a"), a => a.GetAttribute("href") == "/roles/nurses");

        // Structured data stays one valid JSON object per script, with the text intact.
        var jsonLd = Pages.PageConventionsTests.JsonLd(page);
        Assert.Contains(jsonLd, j => j.GetProperty("@type").GetString() == "Occupation" && j.GetProperty("name").GetString() == "<script>alert('title')</script> Nurse aides");
        Assert.DoesNotContain("</script><script>", string.Concat(page.Document.QuerySelectorAll("script").Select(s => s.TextContent)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/pathways/therapeutic-services")]
    [InlineData("/roles/genomics-healthcare-scientist")]
    [InlineData("/roles")]
    [InlineData("/search?q=aides")]
    [InlineData("/compare?roles=xss-test,nurses")]
    [InlineData("/crosswalk")]
    public async Task Pages_that_show_the_hostile_title_or_summary_stay_inert(string url)
    {
        var page = await _client.GetOkPageAsync(url);

        AssertNothingLive(page.Document, url);
    }
}
