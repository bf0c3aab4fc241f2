using System.Net;
using CareerCluster.Tests;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Routing;

public sealed class AliasFactory : CareerClusterFactory
{
    protected override void WriteContent(TempContentTree tree)
    {
        base.WriteContent(tree);
        tree.Replace("clusters/health-science/therapeutic-services/nurses.md", "order: 1\n", "order: 1\naliases:\n  - rn\n  - registered-nurses\n");
        tree.Replace("clusters/health-science/therapeutic-services/_index.md", "order: 1\n", "order: 1\naliases: [therapy]\n");
        tree.Replace("clusters/health-science/_index.md", "order: 1\n", "order: 1\naliases: [us-health]\n");
    }
}

/// <summary>Old slugs listed in `aliases` answer 301 to the page's current URL.</summary>
public sealed class AliasRedirectTests(AliasFactory factory) : IClassFixture<AliasFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Theory]
    [InlineData("/roles/rn", "/roles/nurses")]
    [InlineData("/roles/registered-nurses", "/roles/nurses")]
    [InlineData("/pathways/therapy", "/pathways/therapeutic-services")]
    [InlineData("/clusters/us-health", "/clusters/health-science")]
    [InlineData("/roles/rn?utm_source=handout", "/roles/nurses?utm_source=handout")]
    public async Task Alias_redirects_permanently_to_the_canonical_url(string url, string canonical)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(canonical, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Alias_in_another_case_with_a_slash_reaches_the_page_in_two_hops()
    {
        var first = await _client.GetAsync(new Uri("/Roles/RN/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, first.StatusCode);
        Assert.Equal("/roles/rn", first.Headers.Location?.OriginalString);

        var second = await _client.GetAsync(first.Headers.Location);
        Assert.Equal(HttpStatusCode.MovedPermanently, second.StatusCode);
        Assert.Equal("/roles/nurses", second.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Alias_of_one_section_does_not_answer_in_another()
    {
        var response = await _client.GetAsync(new Uri("/pathways/rn", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Redirected_page_still_names_its_canonical_url()
    {
        var followed = factory.CreateClient();

        var page = await followed.GetOkPageAsync("/roles/rn");

        Assert.Equal("Nurses", page.H1);
        Assert.Equal("http://localhost/roles/nurses", page.Canonical);
    }
}
