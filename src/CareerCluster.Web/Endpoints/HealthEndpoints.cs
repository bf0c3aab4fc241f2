using CareerCluster.Data.Loading;

namespace CareerCluster.Web.Endpoints;

public static class HealthEndpoints
{
    /// <summary>/healthz: the process serves. /readyz: content is loaded, with its version.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok")).CacheOutput(p => p.NoCache());
        endpoints.MapGet("/readyz", (ActiveContent active) => active.Current is { } current
                ? Results.Json(new { status = "ready", version = current.Hash, pages = current.PageCount, loadedAt = current.LoadedAt })
                : Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .CacheOutput(p => p.NoCache());
        return endpoints;
    }
}
