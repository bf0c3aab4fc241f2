using Microsoft.Playwright;

namespace CareerCluster.BrowserTests;

[Collection(SiteTests.Name)]
public sealed class LayoutTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task At_320_px_nothing_scrolls_sideways_and_text_is_at_least_16_px(string name)
    {
        var (_, path, _) = SitePages.Get(name);
        await using var context = await site.NewContextAsync(width: 320, height: 640);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (scrollWidth > 320)
        {
            var wide = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')]
                  .filter(el => el.getBoundingClientRect().right > 320.5)
                  .slice(0, 15)
                  .map(el => `${el.tagName.toLowerCase()}.${el.getAttribute('class') || ''} right=${el.getBoundingClientRect().right.toFixed(0)}`)
                """);
            Assert.Fail($"{path} scrolls horizontally at 320 px (scrollWidth {scrollWidth}); too wide:{Environment.NewLine}{string.Join(Environment.NewLine, wide)}");
        }
        var bodySize = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");
        Assert.True(bodySize >= 16, $"{path}: body font size {bodySize}px");

        // Every visible run of HTML text (SVG charts scale with the viewport and are checked by eye).
        var small = await page.EvaluateAsync<string[]>("""
            () => {
              const out = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const el = node.parentElement;
                if (!node.textContent.trim() || el.closest('svg, .visually-hidden, script, details:not([open]) > :not(summary)')) continue;
                const style = getComputedStyle(el);
                if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
                const size = parseFloat(style.fontSize);
                if (size < 16) out.push(`${el.tagName.toLowerCase()}.${el.className} "${node.textContent.trim().slice(0, 40)}" ${size}px`);
              }
              return out;
            }
            """);
        Assert.True(small.Length == 0, $"{path}: text under 16px:{Environment.NewLine}{string.Join(Environment.NewLine, small)}");
    }

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Screenshots_at_375_and_1280_px_in_light_and_dark_mode(string name)
    {
        var (_, path, _) = SitePages.Get(name);
        await using var context = await site.NewContextAsync(width: 375, height: 812);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        foreach (var width in new[] { 375, 1280 })
        {
            await page.SetViewportSizeAsync(width, width < 600 ? 812 : 900);
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                var file = site.Artifact("screenshots", $"{name}-{width}{(scheme == ColorScheme.Dark ? "-dark" : string.Empty)}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 0);
            }
        }
    }

    [Fact]
    public async Task At_375_px_compare_shows_every_role_without_sideways_scrolling()
    {
        await using var context = await site.NewContextAsync(width: 375, height: 812);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/compare?roles=nurses,sonographers,genomics-healthcare-scientist,audiologist");

        var names = new[] { "/roles/nurses", "/roles/sonographers", "/roles/genomics-healthcare-scientist", "/roles/audiologist" };
        foreach (var href in names)
        {
            var visible = page.Locator($"main a[href='{href}']:visible").First;
            var box = await visible.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 375.5, $"{href} is outside the 375 px viewport (x {box.X}, width {box.Width})");
        }

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375);
        Assert.Contains("90th percentile pay", await page.Locator(".compare-card").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.SetViewportSizeAsync(1280, 900);
        Assert.True(await page.Locator("table.compare-table").IsVisibleAsync());
        Assert.False(await page.Locator(".compare-cards").IsVisibleAsync());
    }
}
