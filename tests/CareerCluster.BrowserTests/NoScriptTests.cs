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
        await link.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == href || new Uri(url).PathAndQuery.StartsWith(href!.Split('#')[0], StringComparison.Ordinal));
        await page.WaitForLoadStateAsync();
        Assert.True(await page.Locator("h1").CountAsync() == 1, $"{path}: following {href} gave a page without one h1 ({page.Url})");
    }
}
