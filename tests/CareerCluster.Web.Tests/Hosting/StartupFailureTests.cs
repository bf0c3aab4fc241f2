using CareerCluster.Tests;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Hosting;

public sealed class BrokenContentFactory : CareerClusterFactory
{
    protected override void WriteContent(TempContentTree tree)
    {
        tree.Write("clusters/us/_index.md", "title: no front matter fence\n\nBody.\n");
        tree.Write("clusters/us/care/_index.md", SampleContent.Pathway("Care", ["order: two"]));
    }
}

public sealed class EmptyContentFactory : CareerClusterFactory
{
    protected override void WriteContent(TempContentTree tree)
    {
    }
}

/// <summary>With no good content at all the app refuses to start, and says why.</summary>
public sealed class StartupFailureTests
{
    private static string AllMessages(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                messages.AddRange(aggregate.Flatten().InnerExceptions.Select(i => i.Message));
            }
        }

        return string.Join("\n", messages);
    }

    [Fact]
    public async Task Broken_content_stops_start_up_with_every_error_named()
    {
        await using var factory = new BrokenContentFactory();

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        var message = AllMessages(exception);
        Assert.Contains("will not start", message, StringComparison.Ordinal);
        Assert.Contains("clusters/us/_index.md:1: error: front matter not opened", message, StringComparison.Ordinal);
        Assert.Contains("clusters/us/care/_index.md:4: error: 'order' must be a whole number", message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(factory.DataDirectory));
    }

    [Fact]
    public async Task Empty_content_folder_stops_start_up()
    {
        await using var factory = new EmptyContentFactory();

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains("no content pages found", AllMessages(exception), StringComparison.Ordinal);
    }
}
