namespace CareerCluster.Web.Hosting;

/// <summary>
/// By default every request makes two thread hops before it runs: the socket engine queues the read to the
/// thread pool, and Kestrel queues it again. Inlined, a repeat page served from memory (a few microseconds, never
/// blocking) is answered on the socket thread that read it: on two cores that is about a tenth more pages a
/// second. It is safe only because nothing else runs there: <see cref="UseThreadPoolFromHere"/> moves every
/// request that gets past the rendered-page cache to the thread pool before SQLite or rendering can block.
/// Operators can turn it off with <c>Server:InlineScheduling=false</c>.
/// </summary>
public static class SocketSchedulingExtensions
{
    private const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static WebApplicationBuilder AddInlineSocketScheduling(this WebApplicationBuilder builder)
    {
        if (!IsInline(builder.Configuration))
        {
            return builder;
        }

        // The runtime reads this once, when the first socket is created (so before the server starts);
        // an operator's own value wins.
        if (Environment.GetEnvironmentVariable(InlineCompletionsVariable) is null)
        {
            Environment.SetEnvironmentVariable(InlineCompletionsVariable, "1");
        }

        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        return builder;
    }

    /// <summary>
    /// Everything after this may block, so it runs on the thread pool, not on a socket thread that also serves
    /// other connections. Always a hop when inlining is on: asking Thread.IsThreadPoolThread first still let
    /// SocketSchedulingTests catch pages rendered on a socket thread.
    /// </summary>
    public static WebApplication UseThreadPoolFromHere(this WebApplication app)
    {
        if (IsInline(app.Configuration))
        {
            app.Use(async (context, next) =>
            {
                await Task.Yield();
                await next(context);
            });
        }

        return app;
    }

    private static bool IsInline(IConfiguration configuration) => configuration.GetValue("Server:InlineScheduling", true);
}
