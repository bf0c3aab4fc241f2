using CareerCluster.Data;

namespace CareerCluster.Web.Hosting;

public static class ContentHostingExtensions
{
    /// <summary>Content folder -> validated SQLite database, loaded before serving and (optionally) on every change.</summary>
    public static WebApplicationBuilder AddCareerContent(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddCareersData(options =>
        {
            options.ContentPath = ContentLocator.ResolveContentPath(configuration["Content:Path"], contentRoot);
            options.DatabasePath = ContentLocator.ResolveDatabasePath(configuration.GetConnectionString("Careers"), contentRoot);
            options.IncludeDrafts = isDevelopment;
        });
        builder.Services.Configure<CareerCluster.Data.Search.SearchOptions>(configuration.GetSection("Search"));
        builder.Services.AddHostedService<ContentStartupService>();
        if (configuration.GetValue("Content:Watch", isDevelopment))
        {
            builder.Services.AddHostedService<ContentWatcherService>();
        }

        return builder;
    }
}
