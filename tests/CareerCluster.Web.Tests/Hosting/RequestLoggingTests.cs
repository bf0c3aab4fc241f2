using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CareerCluster.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace CareerCluster.Web.Tests.Hosting;

/// <summary>Adds a Serilog sink through DI (the app reads sinks from services), to see what the app logs.</summary>
public sealed class RequestLogFactory : CareerClusterFactory
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Information")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(new QueueSink(Lines)));
    }

    /// <summary>Renders each event as the console does ({Message:lj}: strings without quotes).</summary>
    private sealed class QueueSink(ConcurrentQueue<string> lines) : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter _formatter = new("{Message:lj}", System.Globalization.CultureInfo.InvariantCulture);

        public void Emit(LogEvent logEvent)
        {
            using var writer = new StringWriter();
            _formatter.Format(logEvent, writer);
            lines.Enqueue(writer.ToString());
        }
    }
}

/// <summary>
/// Serilog's request logging writes through the process-wide static logger, which the most recently
/// started host sets; so this class runs alone, with no other host starting meanwhile.
/// </summary>
[Collection(nameof(EnvironmentVariables))]
public sealed partial class RequestLoggingTests(RequestLogFactory factory) : IClassFixture<RequestLogFactory>
{
    [GeneratedRegex(@"^GET /roles/nurses 200 \d+(\.\d)? ms$")]
    private static partial Regex NursesLine();

    [Fact]
    public async Task Each_request_is_one_line_with_method_path_status_and_elapsed_ms()
    {
        var client = factory.CreateNoRedirectClient();

        await client.GetOkPageAsync("/roles/nurses");

        await Poll.UntilAsync(() => Task.FromResult(factory.Lines.Any(l => NursesLine().IsMatch(l))), TimeSpan.FromSeconds(5),
            "request log lines; got:\n" + string.Join("\n", factory.Lines));
        Assert.Single(factory.Lines, l => NursesLine().IsMatch(l));
    }

    [Fact]
    public async Task Repeats_served_from_memory_and_probes_are_not_logged_at_the_default_level()
    {
        var client = factory.CreateNoRedirectClient();
        await client.GetOkPageAsync("/faq");
        await Poll.UntilAsync(() => Task.FromResult(factory.Lines.Any(l => l.StartsWith("GET /faq 200", StringComparison.Ordinal))), TimeSpan.FromSeconds(5),
            "the first /faq line; got:\n" + string.Join("\n", factory.Lines));

        for (var i = 0; i < 5; i++)
        {
            await client.GetOkPageAsync("/faq");
        }

        await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await client.GetOkPageAsync("/pathways/life-sciences");
        await Poll.UntilAsync(() => Task.FromResult(factory.Lines.Any(l => l.StartsWith("GET /pathways/life-sciences 200", StringComparison.Ordinal))), TimeSpan.FromSeconds(5),
            "the last line; got:\n" + string.Join("\n", factory.Lines));
        Assert.Single(factory.Lines, l => l.StartsWith("GET /faq 200", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Lines, l => l.StartsWith("GET /healthz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logged_paths_are_escaped_so_a_request_cannot_forge_a_line()
    {
        var client = factory.CreateNoRedirectClient();

        await client.GetAsync(new Uri("http://localhost/roles/x%0A[12:00:00%20ERR]%20forged%0D%0Aline"));
        await client.GetOkPageAsync("/crosswalk");

        await Poll.UntilAsync(() => Task.FromResult(factory.Lines.Any(l => l.StartsWith("GET /crosswalk 200", StringComparison.Ordinal))), TimeSpan.FromSeconds(5),
            "the /crosswalk line; got:\n" + string.Join("\n", factory.Lines));
        Assert.DoesNotContain(factory.Lines, l => l.Contains('\n', StringComparison.Ordinal) || l.Contains('\r', StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Lines, l => l.Contains("forged", StringComparison.Ordinal) && !l.Contains("%0A", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_flood_of_404s_is_not_logged_at_the_default_level()
    {
        var client = factory.CreateNoRedirectClient();
        for (var i = 0; i < 50; i++)
        {
            await client.GetAsync(new Uri($"/junk-{i}", UriKind.Relative));
        }

        await client.GetOkPageAsync("/clusters/healthcare-science");
        await Poll.UntilAsync(() => Task.FromResult(factory.Lines.Any(l => l.StartsWith("GET /clusters/healthcare-science 200", StringComparison.Ordinal))), TimeSpan.FromSeconds(5),
            "the last line; got:\n" + string.Join("\n", factory.Lines));
        Assert.DoesNotContain(factory.Lines, l => l.Contains("/junk-", StringComparison.Ordinal));
    }
}
