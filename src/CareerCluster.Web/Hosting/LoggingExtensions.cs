using CareerCluster.Web.Caching;
using Serilog;
using Serilog.Events;

namespace CareerCluster.Web.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section. Deliberately no global bootstrap logger: it
    /// freezes once, and several hosts start in one test run.
    /// </summary>
    public static WebApplicationBuilder AddCareerLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));
        return builder;
    }

    /// <summary>
    /// One line per request: method, path, status, elapsed milliseconds. Errors at Error; repeats served
    /// from the rendered-page cache and health probes at Debug, so by default the log shows the work the
    /// site did rather than tens of thousands of identical lines a second (which cost a fifth of the
    /// throughput). Set the RequestLoggingMiddleware level to Debug to see every request.
    /// </summary>
    public static IApplicationBuilder UseCareerRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "{RequestMethod} {RequestPath} {StatusCode} {Elapsed:0.0} ms";
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : RenderedPageCacheMiddleware.ServedFromCache(context) || IsProbe(context.Request.Path) ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });

    private static bool IsProbe(PathString path) => path == "/healthz" || path == "/readyz";
}
