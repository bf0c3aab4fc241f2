using System.Net;
using CareerCluster.Data.Loading;
using CareerCluster.Tests;
using CareerCluster.Web.Hosting;
using CareerCluster.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerCluster.Web.Tests.Hosting;

/// <summary>
/// Development with Content:Watch on, editing this class's own copy of the content. Each test touches
/// different files and leaves the content valid, so the tests do not depend on their order.
/// </summary>
public sealed class LiveReloadTests(LiveReloadFactory factory, ITestOutputHelper output) : IClassFixture<LiveReloadFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    private TempContentTree Tree => factory.Content;

    private async Task<string?> H1Async(string url)
    {
        var page = await _client.GetPageAsync(url);
        return page.Response.StatusCode == HttpStatusCode.OK ? page.Document.QuerySelector("h1")?.TextContent.Trim() : null;
    }

    private async Task<TimeSpan> VisibleAsync(Func<Task<bool>> condition, string what)
    {
        var took = await Poll.UntilAsync(condition, Poll.ContentReload, what);
        output.WriteLine($"{what}: visible after {took.TotalMilliseconds:0} ms");
        return took;
    }

    /// <summary>Waits until no reload has happened for a while, so a test starts from a settled site.</summary>
    private async Task QuietAsync()
    {
        var last = DateTime.UtcNow;
        void OnChanged(object? sender, EventArgs e) => last = DateTime.UtcNow;
        factory.Active.Changed += OnChanged;
        try
        {
            await Poll.UntilAsync(() => Task.FromResult(DateTime.UtcNow - last > TimeSpan.FromMilliseconds(600)), TimeSpan.FromSeconds(10), "content settles");
        }
        finally
        {
            factory.Active.Changed -= OnChanged;
        }
    }

    [Fact]
    public void The_watcher_runs_in_development()
    {
        Assert.Contains(factory.Services.GetServices<IHostedService>(), s => s is ContentWatcherService);
    }

    [Fact]
    public async Task An_edit_shows_without_a_restart()
    {
        await QuietAsync();
        Assert.Equal("Nurses", await H1Async("/roles/nurses"));

        Tree.Replace("clusters/health-science/therapeutic-services/nurses.md", "title: \"Nurses\"", "title: \"Nurses (edited live)\"");

        await VisibleAsync(async () => await H1Async("/roles/nurses") == "Nurses (edited live)", "edited title");
        Assert.Contains("Nurses (edited live)", (await _client.GetOkPageAsync("/pathways/therapeutic-services")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_file_shows_without_a_restart()
    {
        await QuietAsync();
        Assert.Null(await H1Async("/roles/specimen-couriers"));

        Tree.Write("clusters/health-science/diagnostic-services/specimen-couriers.md", SampleContent.Role("Specimen couriers", ["order: 4"], reviewed: SampleContent.Today));

        await VisibleAsync(async () => await H1Async("/roles/specimen-couriers") == "Specimen couriers", "added role");
        var pathway = await _client.GetOkPageAsync("/pathways/diagnostic-services");
        Assert.Contains(pathway.Document.QuerySelectorAll("section[aria-labelledby='roles-title'] table tbody th a"), a => a.GetAttribute("href") == "/roles/specimen-couriers");
    }

    [Fact]
    public async Task A_rename_with_an_alias_redirects_the_old_url()
    {
        await QuietAsync();
        const string Old = "clusters/health-science/therapeutic-services/occupational-therapists.md";
        const string New = "clusters/health-science/therapeutic-services/occupational-therapy.md";
        var text = Tree.Read(Old);

        Tree.Move(Old, New);
        Tree.Write(New, text.Replace("order: 3\n", "order: 3\naliases:\n  - occupational-therapists\n", StringComparison.Ordinal));

        await VisibleAsync(async () =>
        {
            var moved = await _client.GetAsync(new Uri("/roles/occupational-therapists", UriKind.Relative));
            return moved.StatusCode == HttpStatusCode.MovedPermanently
                && moved.Headers.Location?.OriginalString == "/roles/occupational-therapy"
                && await H1Async("/roles/occupational-therapy") == "Occupational therapists";
        }, "renamed role and its alias");
        Assert.Empty(factory.Active.LastFailure);
    }

    [Fact]
    public async Task A_role_moved_to_another_pathway_keeps_its_url()
    {
        await QuietAsync();
        const string From = "clusters/health-science/health-informatics/medical-coders.md";
        const string To = "clusters/health-science/support-services/medical-coders.md";
        Assert.Contains("Health informatics", Html.Squash((await _client.GetOkPageAsync("/roles/medical-coders")).MainText), StringComparison.Ordinal);

        Tree.Move(From, To);

        await VisibleAsync(async () =>
        {
            var page = await _client.GetPageAsync("/roles/medical-coders");
            return page.Response.StatusCode == HttpStatusCode.OK
                && page.Document.QuerySelectorAll("nav.breadcrumbs a").Any(a => a.GetAttribute("href") == "/pathways/support-services");
        }, "role moved to another pathway");
        var oldPathway = await _client.GetOkPageAsync("/pathways/health-informatics");
        // Its occupation is still in Health Informatics in the Career Clusters listing: listed there, with its page elsewhere.
        var oldRow = oldPathway.Document.QuerySelectorAll("section[aria-labelledby='roles-title'] table tbody th")
            .Single(th => th.QuerySelector("a")!.GetAttribute("href") == "/roles/medical-coders");
        Assert.Contains("page in Support services", oldRow.QuerySelector(".pathway-roles__home")!.TextContent, StringComparison.Ordinal);
        var newPathway = await _client.GetOkPageAsync("/pathways/support-services");
        Assert.Contains(newPathway.Document.QuerySelectorAll("section[aria-labelledby='roles-title'] table tbody th a"), a => a.GetAttribute("href") == "/roles/medical-coders");
    }

    [Fact]
    public async Task A_deleted_file_disappears_without_a_restart()
    {
        await QuietAsync();
        const string Path = "clusters/healthcare-science/bioinformatics/temporary-role.md";
        Tree.Write(Path, SampleContent.Role("Temporary role", reviewed: SampleContent.Today));
        await VisibleAsync(async () => await H1Async("/roles/temporary-role") == "Temporary role", "role added before the delete");

        Tree.Delete(Path);

        await VisibleAsync(async () => (await _client.GetAsync(new Uri("/roles/temporary-role", UriKind.Relative))).StatusCode == HttpStatusCode.NotFound, "deleted role");
        Assert.DoesNotContain("temporary-role", (await _client.GetOkPageAsync("/pathways/bioinformatics")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_edit_keeps_the_old_content_and_shows_the_errors_in_a_banner_until_fixed()
    {
        await QuietAsync();
        const string Path = "clusters/healthcare-science/life-sciences/genomics-healthcare-scientist.md";
        var original = Tree.Read(Path);
        Assert.Null((await _client.GetOkPageAsync("/roles/genomics-healthcare-scientist")).Document.QuerySelector("section.content-errors"));

        // Line 2 loses its closing quote.
        Tree.Write(Path, original.Replace("title: \"Genomics (healthcare scientist)\"", "title: \"Genomics (healthcare scientist)", StringComparison.Ordinal));

        await VisibleAsync(async () => (await _client.GetOkPageAsync("/roles/genomics-healthcare-scientist")).Document.QuerySelector("section.content-errors") is not null, "error banner");
        var page = await _client.GetOkPageAsync("/roles/genomics-healthcare-scientist");
        Assert.Equal("Genomics (healthcare scientist)", page.H1);
        var banner = Html.Squash(page.Document.QuerySelector("section.content-errors")!.TextContent);
        Assert.Contains("clusters/healthcare-science/life-sciences/genomics-healthcare-scientist.md:2", banner, StringComparison.Ordinal);
        Assert.Contains("invalid YAML", banner, StringComparison.Ordinal);
        Assert.NotNull((await _client.GetOkPageAsync("/")).Document.QuerySelector("section.content-errors"));
        Assert.Equal(ContentFacts.Role("physical-therapists").Title, (await _client.GetOkPageAsync("/roles/physical-therapists")).H1);

        Tree.Write(Path, original);

        await VisibleAsync(async () => (await _client.GetOkPageAsync("/roles/genomics-healthcare-scientist")).Document.QuerySelector("section.content-errors") is null, "banner gone after the fix");
        Assert.Empty(factory.Active.LastFailure);
    }

    [Fact]
    public async Task A_burst_of_ten_saves_causes_one_rebuild()
    {
        await QuietAsync();
        var roles = ContentFacts.Site.Roles.Where(r => r.ClusterSlug == "healthcare-science").Take(10).ToList();
        Assert.Equal(10, roles.Count);
        var changes = 0;
        void OnChanged(object? sender, EventArgs e) => Interlocked.Increment(ref changes);
        factory.Active.Changed += OnChanged;
        try
        {
            // Like an editor's "save all": ten files, a few milliseconds apart.
            foreach (var role in roles)
            {
                var text = Tree.Read(role.RelativePath);
                Tree.Write(role.RelativePath, text.TrimEnd('\n') + "\n\nSaved in a burst.\n");
                await Task.Delay(15);
            }

            var last = roles[^1];
            await VisibleAsync(async () => (await _client.GetOkPageAsync("/roles/" + last.Slug)).Body.Contains("Saved in a burst.", StringComparison.Ordinal), "burst of 10 saves");
            await QuietAsync();
        }
        finally
        {
            factory.Active.Changed -= OnChanged;
        }

        output.WriteLine($"rebuilds for 10 saves: {changes}");
        Assert.InRange(changes, 1, 2);
        foreach (var role in roles)
        {
            Assert.Contains("Saved in a burst.", (await _client.GetOkPageAsync("/roles/" + role.Slug)).Body, StringComparison.Ordinal);
        }
    }
}
