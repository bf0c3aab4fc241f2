using CareerCluster.Content;
using CareerCluster.Data.Loading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCluster.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Content loading into SQLite, and a per-request DbContext on whichever database is live.</summary>
    public static IServiceCollection AddCareersData(this IServiceCollection services, Action<ContentStoreOptions> configure)
    {
        services.AddContentValidation();
        services.Configure(configure);
        services.AddSingleton<ActiveContent>();
        services.AddSingleton<ContentDatabaseBuilder>();
        services.AddSingleton<ContentPublisher>();
        services.AddSingleton<Overview.SiteOverviewSource>();
        services.AddOptions<Search.SearchOptions>();
        services.AddScoped<Search.SearchService>();
        services.AddDbContext<CareersDbContext>((provider, options) => options
            .UseSqlite(provider.GetRequiredService<ActiveContent>().Require().ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        return services;
    }
}
