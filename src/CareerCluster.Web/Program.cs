using CareerCluster.Web.Caching;
using CareerCluster.Web.Endpoints;
using CareerCluster.Web.Hosting;
using CareerCluster.Web.Routing;
using CareerCluster.Web.Security;
using CareerCluster.Web.Seo;
using CareerCluster.Web.Sharing;

// check-content and healthcheck run without starting the web server.
if (await CommandLine.TryRunAsync(args, Console.Out) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCareerLogging();
builder.AddInlineSocketScheduling();
builder.AddCareerContent();
builder.AddCareerSecurity();
builder.AddPageCaching();
builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection("Site"));
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<SiteUrls>();
builder.Services.AddSingleton<QrCodes>();
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseCareerSecurityHeaders();
app.UseCareerRequestLogging();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
}

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseMiddleware<CanonicalUrlMiddleware>();
app.UseResponseCompression();
app.UseRenderedPageCache();
app.UseThreadPoolFromHere();
app.UseRouting();
// Named here (the site has no sign-in) so they run after the rendered-page cache; left to the framework
// they would run first, on every request.
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UsePageCaching();

app.MapStaticAssets();
app.MapHealthEndpoints();
app.MapSitemap();
app.MapRazorPages().WithStaticAssets();

await app.RunAsync();
return 0;
