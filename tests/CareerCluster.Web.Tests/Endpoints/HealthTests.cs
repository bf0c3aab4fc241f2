using System.Net;
using System.Text.Json;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Endpoints;

public sealed class HealthTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Fact]
    public async Task Healthz_answers_200()
    {
        var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_reports_the_content_version_page_count_and_load_time()
    {
        var response = await _client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("ready", root.GetProperty("status").GetString());
        Assert.Equal(factory.Active.Current!.Hash, root.GetProperty("version").GetString());
        Assert.Equal(ContentFacts.Site.PageCount, root.GetProperty("pages").GetInt32());
        var loadedAt = root.GetProperty("loadedAt").GetDateTimeOffset();
        Assert.InRange(loadedAt, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Probes_are_never_cached(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        var cacheControl = response.Headers.CacheControl;
        Assert.NotNull(cacheControl);
        Assert.True(cacheControl.NoStore, $"{url}: Cache-Control {cacheControl}");
        Assert.False(cacheControl.Public);
    }
}
