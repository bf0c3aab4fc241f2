using CareerCluster.Data.Loading;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace CareerCluster.Web.Caching;

public static class PageCachingExtensions
{
    private const string ContentTag = "content";

    /// <summary>
    /// Pages are cached whole in memory per content version (the version is part of the key, so a
    /// response rendered from old content can never be served after a reload) and evicted on every reload.
    /// </summary>
    public static WebApplicationBuilder AddPageCaching(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PageCachingOptions>(builder.Configuration.GetSection("Caching"));
        builder.Services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.DefaultExpirationTimeSpan = TimeSpan.FromHours(1);
            options.AddBasePolicy(policy => policy
                .Tag(ContentTag)
                .SetVaryByQuery("*")
                .VaryByValue(context =>
                {
                    var active = context.RequestServices.GetRequiredService<ActiveContent>();
                    return new KeyValuePair<string, string>("content", $"{active.Current?.Hash}:{active.LastFailure.Count}");
                }));
        });
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

    public static WebApplication UsePageCaching(this WebApplication app)
    {
        var active = app.Services.GetRequiredService<ActiveContent>();
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        active.Changed += (_, _) => _ = store.EvictByTagAsync(ContentTag, CancellationToken.None).AsTask();
        app.UseOutputCache();
        // Lets RenderedPageCacheMiddleware (further out) see whether the output cache stored this response.
        app.Use((context, next) =>
        {
            context.Items[RenderedPageCache.OutputCacheContextItem] = context.Features.Get<IOutputCacheFeature>()?.Context;
            return next(context);
        });
        app.UseMiddleware<PageValidatorsMiddleware>();
        return app;
    }

    /// <summary>
    /// Answers repeat requests for pages from <see cref="RenderedPageCache"/> before routing: goes after
    /// canonical redirects and response compression (which still apply), before routing and the rate limiter.
    /// </summary>
    public static WebApplication UseRenderedPageCache(this WebApplication app)
    {
        app.Services.GetRequiredService<RenderedPageCache>();
        app.UseMiddleware<RenderedPageCacheMiddleware>();
        return app;
    }
}
