using System.Collections.Concurrent;
using System.Diagnostics;
using CareerCluster.Data.Loading;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Hosting;

/// <summary>Requests in flight while the database is swapped again and again: no 5xx, never a page without its data.</summary>
public sealed class ReloadStressTests(CareerClusterFactory factory, ITestOutputHelper output) : IClassFixture<CareerClusterFactory>
{
    private const int Reloads = 50;
    private const int RequestsPerReload = 4;

    [Fact]
    public async Task Concurrent_requests_during_50_reloads_all_get_complete_pages()
    {
        var client = factory.CreateNoRedirectClient();
        var roles = ContentFacts.Site.Roles.Select(r => (r.Slug, r.Title)).ToArray();
        const string Edited = "faq/what-is-the-job-outlook.md";
        var original = factory.Content.Read(Edited);
        var failures = new ConcurrentBag<string>();
        var versionsSeen = new ConcurrentDictionary<string, bool>();
        var requests = new List<Task>();
        var clock = Stopwatch.StartNew();

        // Before each reload, a few requests start without being awaited, so they run while the database is rebuilt and swapped.
        for (var i = 1; i <= Reloads; i++)
        {
            for (var j = 0; j < RequestsPerReload; j++)
            {
                var (slug, title) = roles[(i * RequestsPerReload + j) % roles.Length];
                var url = $"/roles/{slug}?reload={i}&r={j}";
                requests.Add(Task.Run(() => RequestAsync(client, url, title, failures, versionsSeen)));
            }

            factory.Content.Write(Edited, original.TrimEnd('\n') + $"\n\nReload number {i}.\n");
            var result = await factory.Publisher.PublishAsync();
            if (result.Outcome != PublishOutcome.Built)
            {
                failures.Add($"reload {i}: {result.Outcome}");
            }
        }

        await Task.WhenAll(requests);
        factory.Content.Write(Edited, original);

        output.WriteLine($"{requests.Count} requests over {Reloads} reloads in {clock.Elapsed.TotalSeconds:0.0} s; {versionsSeen.Count} content versions seen");
        Assert.True(failures.IsEmpty, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(20)));
        Assert.Equal(Reloads * RequestsPerReload, requests.Count);
        Assert.True(versionsSeen.Count >= 10, $"requests saw only {versionsSeen.Count} versions: they were not spread over the reloads");
    }

    [Fact]
    public async Task Production_keeps_serving_the_last_good_content_and_shows_no_error_banner()
    {
        var client = factory.CreateNoRedirectClient();
        const string Path = "clusters/health-science/therapeutic-services/physical-therapists.md";
        var original = factory.Content.Read(Path);
        var good = factory.Active.Current;
        var title = ContentFacts.Role("physical-therapists").Title;

        factory.Content.Write(Path, original.Replace("order: 2", "order: second", StringComparison.Ordinal));
        try
        {
            var result = await factory.Publisher.PublishAsync();

            Assert.Equal(PublishOutcome.Failed, result.Outcome);
            Assert.Same(good, factory.Active.Current);
            Assert.Contains(factory.Active.LastFailure, d => d.Path == Path);
            var page = await client.GetOkPageAsync("/roles/physical-therapists?after=failure");
            Assert.Equal(title, page.H1);
            Assert.Null(page.Document.QuerySelector("section.content-errors"));
            Assert.DoesNotContain(Path, page.Body, StringComparison.Ordinal);
        }
        finally
        {
            factory.Content.Write(Path, original);
            await factory.Publisher.PublishAsync();
        }

        Assert.Empty(factory.Active.LastFailure);
    }

    private async Task RequestAsync(HttpClient client, string url, string title, ConcurrentBag<string> failures, ConcurrentDictionary<string, bool> versionsSeen)
    {
        // A query string is never cached, so every request reads the database.
        versionsSeen[factory.Active.Current!.Hash] = true;
        try
        {
            var page = await client.GetPageAsync(url);
            var status = (int)page.Response.StatusCode;
            var h1 = page.Document.QuerySelectorAll("h1");
            var facts = page.Document.QuerySelector("section.quick-facts");
            if (status != 200)
            {
                failures.Add($"{url}: {status}");
            }
            else if (h1.Length != 1 || h1[0].TextContent.Trim() != title)
            {
                failures.Add($"{url}: h1 '{string.Join("|", h1.Select(h => h.TextContent))}'");
            }
            else if (facts is null || !facts.TextContent.Contains("Pathway", StringComparison.Ordinal) || page.Document.QuerySelector("section.sources li") is null)
            {
                failures.Add($"{url}: quick facts or sources missing");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException)
        {
            failures.Add($"{url}: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
