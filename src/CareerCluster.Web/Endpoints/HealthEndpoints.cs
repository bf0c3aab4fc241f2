using CareerCluster.Data.Loading;

namespace CareerCluster.Web.Endpoints;

public static class HealthEndpoints
{
    /// <summary>
    /// /healthz: the process serves. /readyz: content is loaded, with its version. Probes must see this
    /// replica's state now, so no HTTP cache or CDN may keep an answer (and neither is marked for the page cache).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (HttpContext context) =>
            {
                NoStore(context);
                return Results.Text("ok");
            });
        endpoints.MapGet("/readyz", (HttpContext context, ActiveContent active) =>
            {
                NoStore(context);
                return active.Current is { } current
                    ? Results.Json(new { status = "ready", version = current.Hash, pages = current.PageCount, loadedAt = current.LoadedAt })
                    : Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            });
        return endpoints;
    }

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
