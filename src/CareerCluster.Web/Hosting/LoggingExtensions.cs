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
    /// One line per request the site works on: method, path, status, elapsed milliseconds. The path is logged as
    /// it appears in a URL (percent-encoded), so a request cannot write a line break or a forged line into the
    /// log. Errors at Error; client errors (404s for junk URLs, 400s, 429s) and health probes at Debug, so by
    /// default the log shows the work the site did, and a flood of junk requests (tens of thousands a second)
    /// does not flood it. Repeats answered from the page cache, which stands in front of this log, are not
    /// logged at all. Set the RequestLoggingMiddleware level to Debug to see every other request.
    /// </summary>
    public static IApplicationBuilder UseCareerRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "{RequestMethod} {RequestPath} {StatusCode} {Elapsed:0.0} ms";
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue((context.Request.PathBase + context.Request.Path).ToUriComponent())),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : context.Response.StatusCode >= StatusCodes.Status400BadRequest
                    || IsProbe(context.Request.Path) ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });

    private static bool IsProbe(PathString path) => path == "/healthz" || path == "/readyz";
}
