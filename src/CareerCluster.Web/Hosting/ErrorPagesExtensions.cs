namespace CareerCluster.Web.Hosting;

public static class ErrorPagesExtensions
{
    /// <summary>
    /// An error answers with the site's own error page (Pages/Errors) and its status: an exception as a 500
    /// page outside Development (the developer page there), an empty 4xx or 5xx as the page for its status.
    /// </summary>
    public static IApplicationBuilder UseCareerErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        return app.UseStatusCodePagesWithReExecute("/error/{0}");
    }
}
