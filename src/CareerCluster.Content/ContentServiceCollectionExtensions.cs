using CareerCluster.Content.Loading;
using CareerCluster.Content.Markdown;
using CareerCluster.Content.Parsing;
using CareerCluster.Content.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerCluster.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>The parsing and validation pipeline shared by check-content, start-up and reload.</summary>
    public static IServiceCollection AddContentValidation(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentFileParser>();
        services.AddSingleton<SiteValidator>();
        services.AddSingleton<ContentTreeLoader>();
        return services;
    }
}
