using Microsoft.Extensions.Options;

namespace CareerCluster.Web.Seo;

public sealed class SiteOptions
{
    /// <summary>Absolute base for canonical URLs, e.g. https://careers.example.org. Empty: the request's own scheme and host.</summary>
    public string? BaseUrl { get; set; }

    public string Name { get; set; } = "CareerCluster";
}

/// <summary>Absolute URLs for canonical links, sitemaps, QR codes and share links.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options, IHttpContextAccessor accessor)
{
    public string SiteName => options.Value.Name;

    public string Absolute(string path)
    {
        var baseUrl = options.Value.BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            var request = accessor.HttpContext?.Request;
            baseUrl = request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return baseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
    }
}
