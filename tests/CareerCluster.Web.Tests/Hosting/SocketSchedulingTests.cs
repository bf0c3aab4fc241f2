using System.Collections.Concurrent;
using CareerCluster.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCluster.Web.Tests.Hosting;

/// <summary>
/// On a real Kestrel port, as deployed, with inline socket scheduling: repeat pages may be answered on the
/// socket thread that read the request, but a page that has to be rendered (SQLite, Razor) must never run
/// there, or one slow render would hold up every other connection on that thread.
/// The test host runs with DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 (web.runsettings), as the app does.
/// </summary>
public sealed class SocketSchedulingTests(SocketSchedulingTests.KestrelFactory factory) : IClassFixture<SocketSchedulingTests.KestrelFactory>
{
    [Fact]
    public async Task Pages_are_rendered_off_the_socket_threads_that_answer_repeats()
    {
        using var client = new HttpClient { BaseAddress = factory.StartAndGetAddress() };
        string[] paths = ["/", "/roles/nurses", "/roles?region=us", "/search?q=lab", "/no-such-page", "/faq"];
        for (var round = 0; round < 5; round++)
        {
            foreach (var path in paths)
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                Assert.True((int)response.StatusCode is 200 or 404, $"{path}: {(int)response.StatusCode}");
            }
        }

        var threads = factory.Threads;
        Assert.NotEmpty(threads.Renders);
        Assert.All(threads.Renders, render => Assert.False(render.OnSocketThread, $"{render.Path} was rendered on a socket thread"));
        // Without this the assertion above would prove nothing: requests do arrive on socket threads.
        Assert.Contains(threads.Arrivals, arrival => arrival.OnSocketThread);
    }

    [Fact]
    public async Task The_setting_that_turns_it_off_is_Server_InlineScheduling()
    {
        await using var factoryWithoutInlining = new KestrelFactoryWithoutInlining();
        using var client = new HttpClient { BaseAddress = factoryWithoutInlining.StartAndGetAddress() };
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync(new Uri("/roles/nurses", UriKind.Relative));
            Assert.Equal(200, (int)response.StatusCode);
        }

        Assert.All(factoryWithoutInlining.Threads.Arrivals, arrival => Assert.False(arrival.OnSocketThread, arrival.Path));
    }

    public sealed record ThreadUse(string Path, bool OnSocketThread);

    // The runtime's socket event threads; Thread.IsThreadPoolThread is not a reliable test on them.
    private static bool OnSocketThread() => Thread.CurrentThread.Name == ".NET Sockets";

    public sealed class ThreadLog
    {
        public ConcurrentQueue<ThreadUse> Arrivals { get; } = new();

        public ConcurrentQueue<ThreadUse> Renders { get; } = new();
    }

    public class KestrelFactory : CareerClusterFactory
    {
        protected virtual bool Inline => true;

        public ThreadLog Threads { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Server:InlineScheduling", Inline ? "true" : "false"), new("RateLimiting:SearchPermitsPerMinute", "100000")];

        public Uri StartAndGetAddress()
        {
            UseKestrel(0);
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IStartupFilter>(new ArrivalRecorder(Threads));
                services.Configure<MvcOptions>(options => options.Filters.Add(new RenderRecorder(Threads)));
            });
        }
    }

    private sealed class KestrelFactoryWithoutInlining : KestrelFactory
    {
        protected override bool Inline => false;
    }

    /// <summary>Outermost middleware: which kind of thread each request arrives on.</summary>
    private sealed class ArrivalRecorder(ThreadLog log) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                log.Arrivals.Enqueue(new ThreadUse(context.Request.Path + context.Request.QueryString, OnSocketThread()));
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Runs where a page starts its work (its handler, its queries, then its view).</summary>
    private sealed class RenderRecorder(ThreadLog log) : IResourceFilter
    {
        public void OnResourceExecuting(ResourceExecutingContext context) =>
            log.Renders.Enqueue(new ThreadUse(context.HttpContext.Request.Path.ToString(), OnSocketThread()));

        public void OnResourceExecuted(ResourceExecutedContext context)
        {
        }
    }
}
