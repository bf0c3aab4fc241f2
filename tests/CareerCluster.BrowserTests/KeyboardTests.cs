using Microsoft.Playwright;

namespace CareerCluster.BrowserTests;

[Collection(SiteTests.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/roles/nurses")]
    public async Task First_tab_reaches_the_skip_link_and_it_moves_focus_to_main(string path)
    {
        await using var context = await site.NewContextAsync(width: 375);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        // Visible on focus: inside the viewport and not clipped to a pixel.
        var box = await page.EvaluateAsync<double[]>("() => { const r = document.activeElement.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; }");
        Assert.True(box[0] >= 0 && box[1] >= 0 && box[2] >= 24 && box[3] >= 24, $"skip link is not visible when focused: {string.Join(", ", box)}");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main'");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_box_is_reachable_by_tab_and_enter_submits_to_search()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var reached = false;
        for (var i = 0; i < 20 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement.id === 'site-search-q'");
        }

        Assert.True(reached, "the header search box was not reached within 20 presses of Tab");
        await page.Keyboard.TypeAsync("sono");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=sono");
        Assert.True(await page.Locator("h1").IsVisibleAsync());
    }

    [Fact]
    public async Task Focus_is_visible_on_links_and_buttons()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/roles/nurses");
        for (var i = 0; i < 8; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal), $"Tab {i + 1}: focused element has no outline ({outline})");
        }
    }
}
