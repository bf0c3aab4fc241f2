using Microsoft.Playwright;

namespace CareerCluster.BrowserTests;

[Collection(SiteTests.Name)]
public sealed class NoScriptTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Without_javascript_every_page_renders_its_h1_and_its_links_work(string name)
    {
        var (_, path, status) = SitePages.Get(name);
        await using var context = await site.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(status, response!.Status);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").InnerTextAsync()));

        // Follow the first site link in main (the header's links are the same on every page).
        var link = page.Locator("main a[href^='/']:visible").First;
        var href = await link.GetAttributeAsync("href");
        // Wait for the navigation to commit, registered before the click, then for the new document:
        // waiting for "load" after the fact could miss an event that had already fired.
        Func<string, bool> arrived = url => new Uri(url).PathAndQuery == href || new Uri(url).PathAndQuery.StartsWith(href!.Split('#')[0], StringComparison.Ordinal);
        // No retry: a link that works loads every time. (The earlier rare hangs came from the app turning on inline
        // socket completions for the whole test process, Playwright's own connection included; that is gone.)
        var navigated = page.WaitForURLAsync(arrived, new() { WaitUntil = WaitUntilState.Commit });
        await link.ClickAsync();
        await navigated;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.True(await page.Locator("h1").CountAsync() == 1, $"{path}: following {href} gave a page without one h1 ({page.Url})");
    }
}
