using System.Net;
using System.Text.Json;
using CareerCluster.Data;
using CareerCluster.Web.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCluster.Web.Tests.Endpoints;

/// <summary>/readyz before any content is loaded (the app itself never serves in that state, as start-up loads first).</summary>
public sealed class ReadinessBeforeLoadTests
{
    [Fact]
    public async Task Readyz_is_503_until_content_is_loaded_while_healthz_is_200()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        // The data services without the start-up load.
        builder.Services.AddCareersData(options =>
        {
            options.ContentPath = Path.Combine(Path.GetTempPath(), "careercluster-no-content");
            options.DatabasePath = Path.Combine(Path.GetTempPath(), "careercluster-no-data", "careers.db");
        });
        await using var app = builder.Build();
        app.MapHealthEndpoints();
        await app.StartAsync();
        var client = app.GetTestClient();

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("loading", json.RootElement.GetProperty("status").GetString());
        Assert.True(ready.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
