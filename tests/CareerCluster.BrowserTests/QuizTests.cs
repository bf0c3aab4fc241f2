using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerCluster.BrowserTests;

[Collection(SiteTests.Name)]
public sealed partial class QuizTests(SiteFixture site)
{
    private const string SocialOnly = "/quiz/results?a=000000000000000222220000000000";

    [Fact]
    public async Task Without_javascript_the_quiz_is_answered_by_keyboard_and_its_results_link_shows_the_same_results()
    {
        await using var context = await site.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/quiz");

        // Tab into each group of three radios; the arrow keys pick within it (Right: "not sure", Right again: "like").
        var groups = await page.Locator("fieldset.quiz-statement").CountAsync();
        for (var i = 1; i <= groups; i++)
        {
            await page.Locator($"input[name='q{i}']").First.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            if (i is >= 16 and <= 20)
            {
                await page.Keyboard.PressAsync("ArrowRight");
                await page.Keyboard.PressAsync("ArrowRight");
            }
        }

        await page.Locator("form.quiz-form button[type='submit']").FocusAsync();
        // Wait for any results page, then compare: a wrong answer fails here by name instead of as a navigation timeout.
        var submitted = page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/quiz/results");
        await page.Keyboard.PressAsync("Enter");
        await submitted;
        Assert.Equal(SocialOnly, new Uri(page.Url).PathAndQuery);
        var matches = await page.Locator("li.match h4").AllInnerTextsAsync();
        Assert.NotEmpty(matches);

        // The same link in a fresh browser, still without JavaScript, shows the same list.
        await using var other = await site.NewContextAsync(javaScript: false);
        var second = await other.NewPageAsync();
        await second.GotoAsync(SocialOnly);
        Assert.Equal(matches, await second.Locator("li.match h4").AllInnerTextsAsync());
    }

    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task The_results_print_on_one_page_with_their_link_and_qr_code(string format)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SocialOnly);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.Locator("svg.qr-code").Last.IsVisibleAsync(), "the QR code is not printed");
        Assert.Contains("/quiz/results?a=", await page.Locator(".print-url").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("table.interest-table").IsVisibleAsync(), "the profile table is not printed");
        Assert.False(await page.Locator("nav.quiz-filters").IsVisibleAsync(), "the filter links are printed");

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = false });
        await File.WriteAllBytesAsync(site.Artifact("print", $"quiz-results-{format}.pdf"), pdf);
        await page.SetViewportSizeAsync(720, 900);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = site.Artifact("print", $"quiz-results-{format}.png"), FullPage = true });
        var pages = PdfPageObject().Count(Encoding.Latin1.GetString(pdf));
        Assert.True(pages == 1, $"the quiz results print on {pages} {format} pages, expected 1");
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPageObject();
}
