using Serilog;

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

    /// <summary>One line per request: method, path, status, elapsed milliseconds.</summary>
    public static IApplicationBuilder UseCareerRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
            options.MessageTemplate = "{RequestMethod} {RequestPath} {StatusCode} {Elapsed:0.0} ms");
}
