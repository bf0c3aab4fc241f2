using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;

namespace CareerCluster.Web.Security;

public static class SecurityExtensions
{
    public const string SearchRateLimitPolicy = "search";

    public static WebApplicationBuilder AddCareerSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        builder.Services.Configure<ForwardedHeadersOptions>(options => ConfigureForwardedHeaders(options, builder.Configuration));

        var permitsPerMinute = builder.Configuration.GetValue("RateLimiting:SearchPermitsPerMinute", 60);
        var ipv6PrefixLength = Math.Clamp(builder.Configuration.GetValue("RateLimiting:IPv6PrefixLength", 64), 1, 128);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SearchRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientPartition(context.Connection.RemoteIpAddress, ipv6PrefixLength),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }

    /// <summary>
    /// Forwarded headers from trusted proxies only (then the client address and scheme they name), a Host header
    /// that is a host name, and the security headers on every response.
    /// </summary>
    public static IApplicationBuilder UseCareerSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<HostHeaderMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>
    /// One search budget per IPv4 address, and per IPv6 network of <c>RateLimiting:IPv6PrefixLength</c> bits
    /// (64 by default: one household or device, which may rotate addresses within its /64 at will).
    /// </summary>
    internal static string ClientPartition(IPAddress? address, int ipv6PrefixLength)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        for (var bit = ipv6PrefixLength; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return $"{new IPAddress(bytes)}/{ipv6PrefixLength}";
    }

    /// <summary>
    /// Behind a reverse proxy, trust X-Forwarded-* only from the configured proxies and networks (by default only
    /// loopback, the framework's default), and read at most <c>ForwardedHeaders:ForwardLimit</c> entries from the
    /// right: one per trusted proxy in front of the app (a CDN plus a load balancer is 2).
    /// </summary>
    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        options.ForwardLimit = Math.Max(1, configuration.GetValue("ForwardedHeaders:ForwardLimit", 1));
        foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
