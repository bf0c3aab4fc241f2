using CareerCluster.Data;
using CareerCluster.Data.Loading;
using CareerCluster.Tests;
using CareerCluster.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCluster.Web.Tests.Hosting;

/// <summary>check-content and the start-up/reload publisher report exactly the same problems: one code path.</summary>
[Collection(nameof(EnvironmentVariables))]
public sealed class OneValidatorTests : IDisposable
{
    private readonly TempContentTree _tree = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "careercluster-tests", "one-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        _tree.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempContentTree.DeleteDirectory(_data);
    }

    [Fact]
    public async Task Check_content_and_the_publisher_report_the_same_diagnostics()
    {
        SampleContent.WriteMinimalSite(_tree, SampleContent.Today);
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", ["order: two", "summmary: x"], reviewed: SampleContent.Today));
        _tree.Write("clusters/uk/science/genetics.md", SampleContent.Role("Genetics", ["related: [nobody]"], reviewed: "2020-01-01"));
        _tree.Write("faq/what-is-this.md", "no front matter\n");

        using var output = new StringWriter();
        var exitCode = await CommandLine.TryRunAsync(["check-content", "--content", _tree.Root], output);
        var printed = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).ToList();

        await using var services = new ServiceCollection()
            .AddLogging()
            .AddCareersData(o =>
            {
                o.ContentPath = _tree.Root;
                o.DatabasePath = Path.Combine(_data, "careers.db");
            })
            .BuildServiceProvider();
        var result = await services.GetRequiredService<ContentPublisher>().PublishAsync();

        Assert.Equal(1, exitCode);
        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Equal(5, printed.Count);
        Assert.Equal(printed, result.Diagnostics.Select(d => d.ToString()));
    }
}
