using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CareerCluster.Web.Caching;

/// <summary>Serves <see cref="RenderedPageCache"/> hits, and records what the output cache stores.</summary>
public sealed class RenderedPageCacheMiddleware(
    RequestDelegate next, RenderedPageCache cache, IResponseCompressionProvider compression, IOptions<OutputCacheOptions> outputCacheOptions)
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
            cache.Add(key, new RenderedPage(generation, stored.Created, stored.Expires,
                [.. response.Headers.Where(h => !h.Key.Equals(HeaderNames.Age, StringComparison.OrdinalIgnoreCase))],
                buffer.ToArray()));
        }

        if (buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(originalBody, context.RequestAborted);
        }
    }

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

    private async Task ServeAsync(HttpContext context, RenderedPage page)
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

        var body = page.Body;
        if (body.Length > 0 && PreferredEncoding(context) is { } encoding)
        {
            if (page.Compressed(encoding) is not { } compressed)
            {
                // The first reader to ask for this encoding compresses it (milliseconds) for everyone after: not on
                // a socket thread (Hosting.SocketSchedulingExtensions), which also serves other connections.
                await Task.Yield();
                compressed = cache.Compressed(page, encoding);
            }

            // With Content-Encoding set, the response compression middleware leaves the body alone.
            body = compressed;
            response.Headers.ContentEncoding = encoding;
            response.Headers.Vary = StringValues.Concat(response.Headers.Vary, HeaderNames.AcceptEncoding);
            response.ContentLength = body.Length;
        }

        if (body.Length > 0)
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>The encoding the response compression middleware would choose here (Accept-Encoding, q-values, types), if any.</summary>
    private string? PreferredEncoding(HttpContext context) =>
        compression.CheckRequestAcceptsCompression(context)
        && compression.ShouldCompressResponse(context)
        && compression.GetCompressionProvider(context)?.EncodingName is { } name
        && RenderedPage.CanCompress(name)
            ? name
            : null;
}
