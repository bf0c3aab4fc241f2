using System.Text.RegularExpressions;

namespace CareerCluster.Web.Security;

/// <summary>
/// A Host header that is not a DNS name, an IPv4 address or a bracketed IPv6 address, with an optional port,
/// gets a plain 400 before any page can put it in a URL or a cache key. Names are at most 253 characters, as DNS
/// allows.
/// </summary>
public sealed partial class HostHeaderMiddleware(RequestDelegate next)
{
    public const int MaxHostLength = 253;

    public Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host;
        if (!host.HasValue || IsValid(host))
        {
            return next(context);
        }

        // A body of its own, so status-code pages do not render a page (whose links would name this host).
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Bad Request: invalid Host header\n");
    }

    internal static bool IsValid(HostString host) =>
        host.Value is { Length: <= MaxHostLength + 8 } value
        && HostSyntax().Match(value) is { Success: true } match
        && match.Groups["name"].Length <= MaxHostLength
        && (!match.Groups["port"].Success || int.Parse(match.Groups["port"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 65535);

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]{2,45}\])(?::(?<port>[0-9]{1,5}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostSyntax();
}
