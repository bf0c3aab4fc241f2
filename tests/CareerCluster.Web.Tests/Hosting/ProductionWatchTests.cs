using CareerCluster.Web.Hosting;
using CareerCluster.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerCluster.Web.Tests.Hosting;

public sealed class ProductionWatchFactory : CareerClusterFactory
{
    public override bool Watch => true;
}

/// <summary>Live reload is off by default in Production, but can be switched on.</summary>
public sealed class ProductionWatchTests(ProductionWatchFactory factory, ITestOutputHelper output) : IClassFixture<ProductionWatchFactory>
{
    [Fact]
    public async Task Content_watch_true_reloads_in_production_without_showing_errors()
    {
        Assert.Contains(factory.Services.GetServices<IHostedService>(), s => s is ContentWatcherService);
        var client = factory.CreateNoRedirectClient();
        const string Path = "clusters/healthcare-science/physiological-sciences/audiologist.md";
        var title = ContentFacts.Role("audiologist").Title;

        factory.Content.Replace(Path, $"title: \"{title}\"", "title: \"Hearing (reloaded in Production)\"");
        var took = await Poll.UntilAsync(async () => (await client.GetOkPageAsync("/roles/audiologist")).H1 == "Hearing (reloaded in Production)", Poll.ContentReload, "edit in Production");
        output.WriteLine($"edit visible after {took.TotalMilliseconds:0} ms");

        factory.Content.Replace(Path, "order: 1", "order: first");
        await Poll.UntilAsync(() => Task.FromResult(factory.Active.LastFailure.Count > 0), Poll.ContentReload, "bad edit noticed");
        var page = await client.GetOkPageAsync("/roles/audiologist");
        Assert.Equal("Hearing (reloaded in Production)", page.H1);
        Assert.Null(page.Document.QuerySelector("section.content-errors"));
    }
}
