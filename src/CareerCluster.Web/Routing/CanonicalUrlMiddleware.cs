namespace CareerCluster.Web.Routing;

/// <summary>
/// One URL per page, so shared links and search engines agree: lowercase, no trailing slash.
/// Anything else answers 301 to the canonical form, keeping the query string.
/// </summary>
public sealed class CanonicalUrlMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !IsAsset(path))
        {
            // Leading slashes collapse to one: "//evil.example" must never become a protocol-relative redirect.
            var canonical = "/" + path.Trim('/', '\\').ToLowerInvariant();
            if (!string.Equals(canonical, path, StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = request.PathBase + new PathString(canonical) + request.QueryString;
                return Task.CompletedTask;
            }
        }

        return next(context);
    }

    // Fingerprinted static assets keep the name the build gave them.
    private static bool IsAsset(string path) => Path.HasExtension(path) && !path.EndsWith('/');
}
