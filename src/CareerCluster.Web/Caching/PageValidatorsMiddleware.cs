using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerCluster.Web.Caching;

public sealed class PageCachingOptions
{
    public int PageMaxAgeSeconds { get; set; } = 300;
    public int StaleWhileRevalidateSeconds { get; set; } = 86400;

    /// <summary>The rendered-page cache's budget, keys, headers and compressed bodies included.</summary>
    public double PageCacheMegabytes { get; set; } = 32;
}

/// <summary>
/// Gives every page an ETag hashed from its bytes (so all replicas agree without sharing anything),
/// answers a matching If-None-Match with 304, and sets CDN-friendly Cache-Control.
/// </summary>
public sealed class PageValidatorsMiddleware(RequestDelegate next, IOptions<PageCachingOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || IsStaticAsset(request.Path))
        {
            await next(context);
            return;
        }

        var originalBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = originalBody;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..12])}\"";
            response.Headers.ETag = etag;
            if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                var settings = options.Value;
                response.Headers.CacheControl = settings.PageMaxAgeSeconds > 0
                    ? $"public, max-age={settings.PageMaxAgeSeconds}, stale-while-revalidate={settings.StaleWhileRevalidateSeconds}"
                    : "no-cache";
            }

            if (IfNoneMatch(request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        if (buffer.Length == 0)
        {
            // Leave an empty error response alone so status-code pages can still render it.
            return;
        }

        response.ContentLength = buffer.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(originalBody, context.RequestAborted);
        }
    }

    internal static bool IfNoneMatch(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "*"));

    internal static bool IsStaticAsset(PathString path) =>
        Path.HasExtension(path.Value) && !path.Value!.EndsWith(".xml", StringComparison.Ordinal) && !path.Value.EndsWith(".txt", StringComparison.Ordinal);
}
