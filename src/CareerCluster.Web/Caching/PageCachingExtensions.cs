using Microsoft.AspNetCore.ResponseCompression;

namespace CareerCluster.Web.Caching;

public static class PageCachingExtensions
{
    /// <summary>Response compression, the rendered-page cache and the ETag and Cache-Control on every page.</summary>
    public static WebApplicationBuilder AddPageCaching(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PageCachingOptions>(builder.Configuration.GetSection("Caching"));
        builder.Services.AddSingleton<RenderedPageCache>();
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/ld+json"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>
    /// Compresses what is rendered, and answers repeat requests for pages from <see cref="RenderedPageCache"/>
    /// before the request log, error pages, canonical URLs, routing, the rate limiter and the pages run (a hit
    /// comes with its compressed body already made).
    /// </summary>
    public static IApplicationBuilder UseRenderedPageCache(this IApplicationBuilder app) =>
        app.UseResponseCompression()
            .UseMiddleware<RenderedPageCacheMiddleware>();

    /// <summary>An ETag from the page's bytes (304 for a match) and CDN-friendly Cache-Control on every page rendered.</summary>
    public static IApplicationBuilder UsePageValidators(this IApplicationBuilder app) =>
        app.UseMiddleware<PageValidatorsMiddleware>();
}
