using System.Net;
using CareerCluster.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerCluster.Web.Tests.Endpoints;

/// <summary>A data folder with a leftover from a build that was killed half way.</summary>
public sealed class LeftoverBuildFactory : CareerClusterFactory
{
    public LeftoverBuildFactory() => File.WriteAllBytes(Leftover, new byte[4096]);

    public string Leftover => Path.Combine(DataDirectory, "careers-0123456789abcdef.db.5b1e0c2a9f0d4c7e8a6b3d2f1e0c9b8a.building");
}

/// <summary>What a crash or an operator's mistake leaves behind is cleaned up or reported, not trusted.</summary>
public sealed class StaleStateTests
{
    [Fact]
    public async Task A_file_left_by_a_killed_build_is_removed_at_start_up()
    {
        await using var factory = new LeftoverBuildFactory();
        Assert.True(File.Exists(factory.Leftover));

        var ready = await factory.CreateNoRedirectClient().GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.False(File.Exists(factory.Leftover));
        Assert.Empty(Directory.EnumerateFiles(factory.DataDirectory, "*.building"));
    }

    [Fact]
    public async Task Readyz_is_503_when_the_live_database_file_is_deleted()
    {
        await using var factory = new CareerClusterFactory();
        var client = factory.CreateNoRedirectClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);

        File.Delete(LiveDatabase(factory));

        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("database unreadable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_is_503_when_the_live_database_file_is_damaged()
    {
        await using var factory = new CareerClusterFactory();
        var client = factory.CreateNoRedirectClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);

        await using (var file = new FileStream(LiveDatabase(factory), FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.Write(new byte[8192]);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
    }

    private static string LiveDatabase(CareerClusterFactory factory) =>
        new SqliteConnectionStringBuilder(factory.Active.Current!.ConnectionString).DataSource;
}
