using System.Net;
using CareerCluster.Tests;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Endpoints;

/// <summary>Adds a draft role, and moves one role's review date so lastmod can be told apart.</summary>
public sealed class DraftContent
{
    public const string DraftPath = "clusters/health-science/therapeutic-services/nurse-educators.md";

    public static void Write(TempContentTree tree)
    {
        tree.CopyFrom(RepoPaths.Content);
        tree.Write(DraftPath, SampleContent.Role("Nurse educators", ["order: 9", "draft: true"], body: "Draft page, not ready."));
        tree.Replace("clusters/health-science/therapeutic-services/physical-therapists.md", "last_reviewed: 2026-11-24", "last_reviewed: 2026-03-03");
    }
}

public sealed class ProductionDraftFactory : CareerClusterFactory
{
    protected override void WriteContent(TempContentTree tree) => DraftContent.Write(tree);
}

public sealed class DevelopmentDraftFactory : DevelopmentFactory
{
    protected override void WriteContent(TempContentTree tree) => DraftContent.Write(tree);
}

public sealed class ProductionDraftTests(ProductionDraftFactory factory) : IClassFixture<ProductionDraftFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Fact]
    public async Task Draft_is_a_404_and_absent_from_the_sitemap_and_its_pathway()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/roles/nurse-educators", UriKind.Relative))).StatusCode);

        var entries = await SitemapTests.ReadSitemapAsync(_client);
        Assert.DoesNotContain(entries, e => e.Loc.Contains("nurse-educators", StringComparison.Ordinal));
        Assert.Equal(ContentFacts.AllPageUrls().Count() + 2, entries.Count);

        var pathway = await _client.GetOkPageAsync("/pathways/therapeutic-services");
        Assert.DoesNotContain("nurse-educators", pathway.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Nurse educators", (await _client.GetOkPageAsync("/roles")).Body, StringComparison.Ordinal);
        Assert.DoesNotContain("nurse-educators", (await _client.GetPageAsync("/search?q=educators")).Body, StringComparison.Ordinal);
        Assert.DoesNotContain("nurse-educators", await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lastmod_follows_each_pages_own_review_date()
    {
        var entries = (await SitemapTests.ReadSitemapAsync(_client)).ToDictionary(e => e.Loc, e => e.LastMod);

        Assert.Equal("2026-03-03", entries["http://localhost/roles/physical-therapists"]);
        Assert.Equal("2026-11-24", entries["http://localhost/roles/nurses"]);
    }
}

public sealed class DevelopmentDraftTests(DevelopmentDraftFactory factory) : IClassFixture<DevelopmentDraftFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Fact]
    public async Task Draft_is_shown_in_development()
    {
        var page = await _client.GetOkPageAsync("/roles/nurse-educators");

        Assert.Equal("Nurse educators", page.H1);
        var pathway = await _client.GetOkPageAsync("/pathways/therapeutic-services");
        Assert.Contains(pathway.Document.QuerySelectorAll("section[aria-labelledby='roles-title'] table tbody th a"), a => a.GetAttribute("href") == "/roles/nurse-educators");
    }
}
