namespace CareerCluster.Web.Hosting;

/// <summary>
/// By default every request makes two thread hops before it runs: the socket engine queues the read to the
/// thread pool, and Kestrel queues it again. Inlined, a repeat page served from memory (a few microseconds, never
/// blocking) is answered on the socket thread that read it: on two cores that is about a tenth more pages a
/// second. It is safe only because nothing else runs there: <see cref="Caching.RenderedPageCacheMiddleware"/>
/// moves every request it does not answer to the thread pool before SQLite or rendering can block.
/// Operators can turn it off with <c>Server:InlineScheduling=false</c>.
/// </summary>
public static class SocketSchedulingExtensions
{
    private const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static WebApplicationBuilder AddInlineSocketScheduling(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue("Server:InlineScheduling", true))
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
}
