using CareerCluster.Web.Sharing;
using Microsoft.Extensions.Options;

namespace CareerCluster.Web.Seo;

public static class SiteUrlsExtensions
{
    /// <summary>
    /// Absolute URLs (canonical links, sitemap, QR codes). In Production they come from <c>Site:BaseUrl</c>, which
    /// is required there: a page never names the Host a client sent, and the page cache keys on the path alone.
    /// </summary>
    public static WebApplicationBuilder AddSiteUrls(this WebApplicationBuilder builder)
    {
        var isProduction = builder.Environment.IsProduction();
        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection("Site"))
            .Validate(
                options => string.IsNullOrWhiteSpace(options.BaseUrl) ? !isProduction : IsBaseUrl(options.BaseUrl),
                "Site:BaseUrl (environment variable Site__BaseUrl) must be the site's public address, such as "
                + "https://careers.example.org; it is required in Production, where the site will not start without it.")
            .ValidateOnStart();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<SiteUrls>();
        builder.Services.AddSingleton<QrCodes>();
        return builder;
    }

    private static bool IsBaseUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo);
}
