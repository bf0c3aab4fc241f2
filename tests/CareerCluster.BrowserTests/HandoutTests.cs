using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerCluster.BrowserTests;

[Collection(SiteTests.Name)]
public sealed partial class HandoutTests(SiteFixture site)
{
    [Theory]
    [InlineData("nurses", "A4")]
    [InlineData("nurses", "Letter")]
    [InlineData("genomics-healthcare-scientist", "A4")]
    [InlineData("genomics-healthcare-scientist", "Letter")]
    public async Task A_role_page_prints_on_one_page_with_its_url_and_qr_code(string slug, string format)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/roles/{slug}");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // What prints: the URL under the title, the QR code, the quick facts; not the navigation or buttons.
        Assert.True(await page.Locator("main .print-url").IsVisibleAsync(), "the page URL is not printed");
        Assert.Contains($"/roles/{slug}", await page.Locator("main .print-url").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("svg.qr-code").Last.IsVisibleAsync(), "the QR code is not printed");
        Assert.True(await page.Locator(".quick-facts").IsVisibleAsync());
        foreach (var hidden in new[] { ".site-nav", ".site-search", ".breadcrumbs", ".role-actions", ".skip-link" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is printed");
        }

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = false });
        await File.WriteAllBytesAsync(site.Artifact("print", $"{slug}-{format}.pdf"), pdf);
        var pages = PdfPageObject().Count(Encoding.Latin1.GetString(pdf));
        Assert.True(pages == 1, $"/roles/{slug} prints on {pages} {format} pages, expected 1");
    }

    [Fact]
    public async Task Copy_link_copies_the_canonical_url_and_announces_it()
    {
        await using var context = await site.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = site.BaseUrl.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/roles/nurses");
        var url = await page.Locator("a.copy-link").GetAttributeAsync("data-copy-url");

        await page.Locator("a.copy-link").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".copy-status")).ToHaveTextAsync("Link copied");
        Assert.EndsWith("/roles/nurses", page.Url, StringComparison.Ordinal);
        Assert.Equal(url, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPageObject();
}
