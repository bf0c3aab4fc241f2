using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerCluster.BrowserTests;

[Collection(AxeTests.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    private static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static readonly List<string> ColourRules = ["color-contrast", "link-in-text-block"];

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Every_page_kind_passes_axe_in_light_and_dark_mode(string name)
    {
        var (_, path, status) = SitePages.Get(name);
        var report = new StringBuilder();
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            // An error page's own status (404, 400) is reported as a failed resource load; anything else is a real error.
            if (message.Type == "error" && !(status >= 400 && message.Text.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            {
                consoleErrors.Add(message.Text);
            }
        };
        var response = await page.GotoAsync(path);
        Assert.Equal(status, response!.Status);

        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            // Every rule in light mode; in dark mode only what the colour scheme changes (contrast), to keep the suite fast.
            var results = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = scheme == ColorScheme.Light
                    ? new RunOnlyOptions { Type = "tag", Values = Tags }
                    : new RunOnlyOptions { Type = "rule", Values = ColourRules },
                ResultTypes = [ResultType.Violations],
            });
            foreach (var violation in results.Violations)
            {
                report.AppendLine($"[{scheme}] {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
                foreach (var node in violation.Nodes)
                {
                    report.AppendLine($"    {node.Target}: {node.Html}");
                    foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                    {
                        report.AppendLine("      " + check.Message);
                    }
                }
            }
        }

        // CSP (no inline script or style) violations and script errors show up as console errors.
        foreach (var error in consoleErrors)
        {
            report.AppendLine($"console error: {error}");
        }

        Assert.True(report.Length == 0, $"{path}:{Environment.NewLine}{report}");
    }

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Interactive_targets_are_at_least_24_by_24_css_pixels(string name)
    {
        var (_, path, _) = SitePages.Get(name);
        var failures = new List<string>();
        await using var context = await site.NewContextAsync(width: 320);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        foreach (var width in new[] { 320, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            var small = await page.EvaluateAsync<string[]>(MeasureTargetsScript);
            failures.AddRange(small.Select(s => $"{width}px: {s}"));
        }

        Assert.True(failures.Count == 0, $"{path}: targets smaller than 24x24 CSS px:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    // Links, buttons, inputs and summaries in the header, navigation, main and footer. Exempt (as WCAG 2.5.8
    // allows): links inside a sentence (a paragraph, a definition, a table cell, Markdown prose), hidden
    // elements and the skip link (off screen until focused; measured by the keyboard test).
    private const string MeasureTargetsScript = """
        () => {
          const out = [];
          const inSentence = el => el.tagName.toLowerCase() === 'a' && el.closest('p, dd, td, .prose, figcaption, .fact-note');
          for (const el of document.querySelectorAll('header a, header button, header input, header summary, nav a, main a, main button, main input, main select, main summary, footer a')) {
            if (el.classList.contains('skip-link') || inSentence(el)) continue;
            const style = getComputedStyle(el);
            if (style.visibility === 'hidden' || style.display === 'none') continue;
            if (el.closest('.visually-hidden, details:not([open]) > :not(summary)')) continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.width < 23.99 || r.height < 23.99) {
              out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 60)}" is ${r.width.toFixed(1)}x${r.height.toFixed(1)}`);
            }
          }
          return out;
        }
        """;
}
