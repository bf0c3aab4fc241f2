using System.Collections.Concurrent;
using System.Net;
using CareerCluster.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CareerCluster.Web.Tests.Endpoints;

/// <summary>
/// The app run from a build output in Production, where wwwroot is not beside it: the fingerprinted
/// URLs still route, but their files are missing. That must be a logged 404, never an empty 200.
/// </summary>
public sealed class MissingWebRootFactory : CareerClusterFactory
{
    public string EmptyWebRoot { get; } = Directory.CreateTempSubdirectory("careercluster-webroot-").FullName;

    public ConcurrentQueue<(LogEventLevel Level, string Message)> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseWebRoot(EmptyWebRoot);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(new ListSink(Logs)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(EmptyWebRoot, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <remarks>
/// The app's loggers write through Serilog's process-wide logger, which the most recently started host sets;
/// so this class runs alone (as RequestLoggingTests does), with no other host starting meanwhile.
/// </remarks>
[Collection(nameof(CareerCluster.Web.Tests.Hosting.EnvironmentVariables))]
public sealed class StaticAssetTests(MissingWebRootFactory factory) : IClassFixture<MissingWebRootFactory>
{
    [Fact]
    public async Task A_missing_static_file_is_a_logged_404_not_an_empty_200()
    {
        var client = factory.CreateNoRedirectClient();
        var page = await client.GetOkPageAsync("/");
        var stylesheet = page.Document.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;

        var response = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await Poll.UntilAsync(
            () => Task.FromResult(factory.Logs.Any(l => l.Level >= LogEventLevel.Warning && l.Message.Contains("site.css", StringComparison.Ordinal))),
            TimeSpan.FromSeconds(5), "a warning naming the missing file; got:\n" + string.Join("\n", factory.Logs.Select(l => $"{l.Level}: {l.Message}")));
    }
}

/// <summary>Keeps every event the app logs (the app's Serilog reads sinks from services).</summary>
public sealed class ListSink(ConcurrentQueue<(LogEventLevel Level, string Message)> logs) : ILogEventSink
{
    public void Emit(LogEvent logEvent) => logs.Enqueue((logEvent.Level, logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)));
}
