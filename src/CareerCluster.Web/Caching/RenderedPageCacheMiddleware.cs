using CareerCluster.Web.Seo;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CareerCluster.Web.Caching;

/// <summary>
/// Serves <see cref="RenderedPageCache"/> hits (GET and HEAD, conditional requests included), and stores what
/// may be stored: a 200 answer to a plain GET of an endpoint marked <see cref="CachedPageAttribute"/>. It stands
/// in front of the request log, the error pages and canonical URLs: a repeat is answered without them (and is not
/// logged), while only a page they let through as a 200 is ever stored.
/// </summary>
public sealed class RenderedPageCacheMiddleware(
    RequestDelegate next, RenderedPageCache cache, IResponseCompressionProvider compression, IOptions<SiteOptions> site)
{
    // With Site:BaseUrl every page names the same origin whatever Host the request came with.
    private readonly bool _originIsFixed = !string.IsNullOrWhiteSpace(site.Value.BaseUrl);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!(isGet || HttpMethods.IsHead(request.Method))
            || request.QueryString.HasValue
            || PageValidatorsMiddleware.IsStaticAsset(request.Path)
            || request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            await next(context);
            return;
        }

        var key = new RenderedPageCache.PageKey(_originIsFixed ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}", request.Path.Value ?? "/");
        if (cache.TryGet(key, out var page))
        {
            await ServeAsync(context, page, isGet);
            return;
        }

        if (!isGet)
        {
            // A HEAD answer has no body to keep.
            await next(context);
            return;
        }

        var generation = cache.Generation;
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

        if (Storable(context))
        {
            cache.Add(new RenderedPage(key, generation,
                [.. response.Headers.Where(h => !IsPerResponse(h.Key))],
                response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
                buffer.ToArray()));
        }

        if (buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(originalBody, context.RequestAborted);
        }
    }

    private static bool Storable(HttpContext context)
    {
        var response = context.Response;
        var metadata = context.GetEndpoint()?.Metadata;
        return response.StatusCode == StatusCodes.Status200OK
            && metadata?.GetMetadata<CachedPageAttribute>() is not null
            // The rate limiter runs after this cache: a limited endpoint answered from memory would never be limited.
            && metadata.GetMetadata<EnableRateLimitingAttribute>() is null
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && !response.Headers.ContainsKey(HeaderNames.ContentEncoding);
    }

    // Kestrel writes a fresh Date on every response.
    private static bool IsPerResponse(string header) =>
        header.Equals(HeaderNames.Date, StringComparison.OrdinalIgnoreCase) || header.Equals(HeaderNames.Age, StringComparison.OrdinalIgnoreCase);

    private async Task ServeAsync(HttpContext context, RenderedPage page, bool withBody)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers)
        {
            response.Headers[name] = value;
        }

        if (page.ETag is { } etag && PageValidatorsMiddleware.IfNoneMatch(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            return;
        }

        var body = page.Body;
        if (body.Length > 0 && PreferredEncoding(context) is { } encoding)
        {
            // The first reader to ask for this encoding compresses it (milliseconds) for everyone after.
            body = cache.Compressed(page, encoding);

            // With Content-Encoding set, the response compression middleware leaves the body alone.
            response.Headers.ContentEncoding = encoding;
            response.Headers.Vary = StringValues.Concat(response.Headers.Vary, HeaderNames.AcceptEncoding);
            response.ContentLength = body.Length;
        }

        if (withBody && body.Length > 0)
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
