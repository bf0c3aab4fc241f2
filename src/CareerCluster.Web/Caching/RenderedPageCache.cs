using System.Collections.Concurrent;
using CareerCluster.Data.Loading;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CareerCluster.Web.Caching;

/// <summary>
/// Whole pages as the output cache stored them (status 200, headers, body), kept in front of routing so a
/// repeat request for a page is answered without routing, rate-limiter and output-cache work: it is what
/// an output-cache hit returns (the stored headers with the stored Date, plus Age), only cheaper.
/// Emptied on every content load, like the output cache. It holds plain page paths only: with query strings
/// (filters, searches, or junk that anyone can append) it could be filled with one-off copies, leaving no room
/// for the pages readers actually share; those stay with the output cache, which evicts.
/// </summary>
public sealed class RenderedPageCache
{
    internal const string OutputCacheContextItem = "CareerCluster.OutputCacheContext";
    private const long MaxBytes = 64 * 1024 * 1024;

    private readonly ConcurrentDictionary<PageKey, RenderedPage> _pages = new();
    private long _bytes;
    private long _generation;

    public RenderedPageCache(ActiveContent active) =>
        active.Changed += (_, _) =>
        {
            Interlocked.Increment(ref _generation);
            _pages.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        };

    internal long Generation => Interlocked.Read(ref _generation);

    internal bool TryGet(in PageKey key, long generation, DateTimeOffset now, out RenderedPage page) =>
        _pages.TryGetValue(key, out page!) && page.Generation == generation && now < page.Expires;

    internal void Add(in PageKey key, RenderedPage page)
    {
        if (Interlocked.Add(ref _bytes, page.Body.Length) > MaxBytes)
        {
            Interlocked.Add(ref _bytes, -page.Body.Length);
            return;
        }

        if (page.Generation != Generation)
        {
            Interlocked.Add(ref _bytes, -page.Body.Length);
            return;
        }

        var replaced = default(RenderedPage);
        _pages.AddOrUpdate(key, page, (_, old) =>
        {
            replaced = old;
            return page;
        });
        if (replaced is not null)
        {
            Interlocked.Add(ref _bytes, -replaced.Body.Length);
        }
    }

    internal readonly record struct PageKey(string Method, string Scheme, string Host, string PathBase, string Path);

    internal sealed record RenderedPage(long Generation, DateTimeOffset Created, DateTimeOffset Expires, KeyValuePair<string, StringValues>[] Headers, byte[] Body);
}

/// <summary>Serves <see cref="RenderedPageCache"/> hits, and records what the output cache stores.</summary>
public sealed class RenderedPageCacheMiddleware(RequestDelegate next, RenderedPageCache cache, IOptions<OutputCacheOptions> outputCacheOptions)
{
    private const string ServedItem = "CareerCluster.ServedFromRenderedPageCache";

    /// <summary>Whether this response is a repeat served from memory (the request log keeps those quiet).</summary>
    public static bool ServedFromCache(HttpContext context) => context.Items.ContainsKey(ServedItem);

    // The output cache's own clock is TimeProvider.System (its TimeProvider option is internal), so Age and expiry agree with it.
    private readonly OutputCacheOptions _options = outputCacheOptions.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.QueryString.HasValue
            || PageValidatorsMiddleware.IsStaticAsset(request.Path)
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            // Conditional requests (304 answers) stay with the output cache, which implements them.
            || request.Headers.ContainsKey(HeaderNames.IfNoneMatch)
            || request.Headers.ContainsKey(HeaderNames.IfModifiedSince)
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await LeaveSocketThreadAsync();
            await next(context);
            return;
        }

        var key = new RenderedPageCache.PageKey(request.Method, request.Scheme, request.Host.Value ?? "", request.PathBase.Value ?? "", request.Path.Value ?? "");
        var generation = cache.Generation;
        if (cache.TryGet(key, generation, TimeProvider.System.GetUtcNow(), out var page))
        {
            context.Items[ServedItem] = true;
            await ServeAsync(context, page);
            return;
        }

        await LeaveSocketThreadAsync();
        var response = context.Response;
        var originalBody = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = originalBody;
        }

        if (Storable(context, _options) is { } stored)
        {
            cache.Add(key, new RenderedPageCache.RenderedPage(generation, stored.Created, stored.Expires,
                [.. response.Headers.Where(h => !h.Key.Equals(HeaderNames.Age, StringComparison.OrdinalIgnoreCase))],
                buffer.ToArray()));
        }

        if (buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(originalBody, context.RequestAborted);
        }
    }

    /// <summary>
    /// With inline socket scheduling (<see cref="Hosting.SocketSchedulingExtensions"/>) a request arrives on a socket
    /// thread, which also serves other connections: only cache hits are answered there, anything that may block
    /// (SQLite, rendering, files) continues on the thread pool. Always: asking Thread.IsThreadPoolThread first still
    /// let SocketSchedulingTests catch pages rendered on a socket thread.
    /// </summary>
    private static async ValueTask LeaveSocketThreadAsync() => await Task.Yield();

    /// <summary>When the output cache stored this response, and the endpoint is not rate limited (the limiter runs after this).</summary>
    private static (DateTimeOffset Created, DateTimeOffset Expires)? Storable(HttpContext context, OutputCacheOptions options)
    {
        if (context.Response.StatusCode != StatusCodes.Status200OK
            || context.Items[RenderedPageCache.OutputCacheContextItem] is not OutputCacheContext output
            || !output.EnableOutputCaching || !output.AllowCacheStorage
            || output.ResponseTime is not { } created
            || context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null)
        {
            return null;
        }

        return (created, created + (output.ResponseExpirationTimeSpan ?? options.DefaultExpirationTimeSpan));
    }

    private async Task ServeAsync(HttpContext context, RenderedPageCache.RenderedPage page)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers)
        {
            response.Headers[name] = value;
        }

        // As the output cache does on a hit (whole seconds, truncated).
        var age = TimeProvider.System.GetUtcNow() - page.Created;
        response.Headers.Age = HeaderUtilities.FormatNonNegativeInt64(Math.Max(0, age.Ticks / TimeSpan.TicksPerSecond));
        if (page.Body.Length > 0)
        {
            await response.Body.WriteAsync(page.Body, context.RequestAborted);
        }
    }
}
