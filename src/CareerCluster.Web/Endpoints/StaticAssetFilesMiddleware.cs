using System.Collections.Concurrent;
using Microsoft.AspNetCore.StaticAssets;

namespace CareerCluster.Web.Endpoints;

/// <summary>
/// The fingerprinted asset URLs come from the build's manifest, and their files from the web root. When a file
/// is not there (the app run from a build output without its wwwroot, or a deployment that lost it), the URL
/// answers 404 and the missing file is logged once as a warning, instead of an empty 200 or a 500.
/// </summary>
public sealed partial class StaticAssetFilesMiddleware(RequestDelegate next, IWebHostEnvironment environment, ILogger<StaticAssetFilesMiddleware> logger)
{
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not { } asset
            || environment.WebRootFileProvider.GetFileInfo(OriginalFile(asset)).Exists)
        {
            return next(context);
        }

        if (_reported.TryAdd(asset.AssetPath, true))
        {
            LogMissing(OriginalFile(asset), environment.WebRootPath ?? "(none)", asset.Route);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    /// <summary>
    /// The file the asset is made from: a compressed variant (chosen by Accept-Encoding) is made at publish, and
    /// a build output has only the original, which the framework compresses when it serves.
    /// </summary>
    private static string OriginalFile(StaticAssetDescriptor asset) =>
        asset.Selectors.Count > 0 && (asset.AssetPath.EndsWith(".gz", StringComparison.Ordinal) || asset.AssetPath.EndsWith(".br", StringComparison.Ordinal))
            ? asset.AssetPath[..^3]
            : asset.AssetPath;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Static file {AssetPath} is missing from the web root {WebRoot}: /{Route} answers 404")]
    private partial void LogMissing(string assetPath, string webRoot, string route);
}
