using CareerCluster.Data.Loading;

namespace CareerCluster.Web.Endpoints;

public static class HealthEndpoints
{
    /// <summary>
    /// /healthz: the process serves. /readyz: content is loaded and its database file opens and holds its version row. Probes must see this
    /// replica's state now, so no HTTP cache or CDN may keep an answer (and neither is marked for the page cache).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (HttpContext context) =>
            {
                NoStore(context);
                return Results.Text("ok");
            });
        endpoints.MapGet("/readyz", async (HttpContext context, ActiveContent active, ContentPublisher publisher) =>
            {
                NoStore(context);
                if (active.Current is not { } current)
                {
                    return Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable);
                }

                return await publisher.LiveDatabaseIsReadableAsync(context.RequestAborted)
                    ? Results.Json(new { status = "ready", version = current.Hash, pages = current.PageCount, loadedAt = current.LoadedAt })
                    : Results.Json(new { status = "database unreadable", version = current.Hash }, statusCode: StatusCodes.Status503ServiceUnavailable);
            });
        return endpoints;
    }

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
