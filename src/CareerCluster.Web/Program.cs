using CareerCluster.Web.Caching;
using CareerCluster.Web.Endpoints;
using CareerCluster.Web.Hosting;
using CareerCluster.Web.Routing;
using CareerCluster.Web.Security;
using CareerCluster.Web.Seo;

// check-content and healthcheck run without starting the web server.
if (await CommandLine.TryRunAsync(args, Console.Out) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCareerLogging();
builder.AddCareerContent();
builder.AddCareerSecurity();
builder.AddSiteUrls();
builder.AddPageCaching();
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseCareerSecurityHeaders();
app.UseRenderedPageCache();
app.UseCareerRequestLogging();
app.UseCareerErrorPages();
app.UseMiddleware<CanonicalUrlMiddleware>();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseMiddleware<StaticAssetFilesMiddleware>();
app.UsePageValidators();

app.MapStaticAssets();
app.MapHealthEndpoints();
app.MapSitemap();
app.MapRazorPages().WithStaticAssets();

await app.RunAsync();
return 0;
