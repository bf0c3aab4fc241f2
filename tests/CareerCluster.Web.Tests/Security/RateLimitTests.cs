using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Security;

public sealed class TightRateLimitFactory : CareerClusterFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("RateLimiting:SearchPermitsPerMinute", "3")];
}

public sealed class RateLimitTests(TightRateLimitFactory factory) : IClassFixture<TightRateLimitFactory>
{
    [Fact]
    public async Task Search_is_limited_per_client_with_retry_after_and_pages_are_not()
    {
        var client = factory.CreateNoRedirectClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/search?q=nurse{i}", UriKind.Relative))).StatusCode);
        }

        var limited = await client.GetAsync(new Uri("/search?q=nurse-again", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero || limited.Headers.RetryAfter?.Date is not null);
        Assert.Equal("Too many requests", Html.Parse(await limited.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent.Trim());
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/roles/nurses?n={i}", UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task Ipv6_clients_share_one_budget_per_64_and_other_networks_have_their_own()
    {
        async Task<int> SearchFrom(string address, int i)
        {
            var context = await factory.Server.SendAsync(c =>
            {
                c.Request.Method = "GET";
                c.Request.Path = "/search";
                c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString($"?q=lab{i}");
                c.Connection.RemoteIpAddress = IPAddress.Parse(address);
            });
            return context.Response.StatusCode;
        }

        // A client rotating addresses inside its /64 is still one client.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, await SearchFrom($"2001:db8:1:2:{i + 1:x}::{i + 7:x}", i));
        }

        Assert.Equal(429, await SearchFrom("2001:db8:1:2:ffff:ffff:ffff:fffe", 3));
        Assert.Equal(200, await SearchFrom("2001:db8:1:3::1", 4));
        Assert.Equal(200, await SearchFrom("198.51.100.7", 5));
    }
}

public sealed class TrustedProxiesFactory : CareerClusterFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("RateLimiting:SearchPermitsPerMinute", "2"),
        new("ForwardedHeaders:KnownNetworks:0", "10.1.0.0/16"),
        new("ForwardedHeaders:ForwardLimit", "2"),
    ];
}

/// <summary>Behind a CDN and a load balancer (two trusted hops), each reader keeps a search budget of their own.</summary>
public sealed class ForwardedRateLimitTests(TrustedProxiesFactory factory) : IClassFixture<TrustedProxiesFactory>
{
    [Fact]
    public async Task Clients_behind_two_trusted_proxies_are_limited_by_their_own_address()
    {
        async Task<int> SearchVia(string forwardedFor, int i)
        {
            var context = await factory.Server.SendAsync(c =>
            {
                c.Request.Method = "GET";
                c.Request.Path = "/search";
                c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString($"?q=lab{i}");
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
                c.Connection.RemoteIpAddress = IPAddress.Parse("10.1.0.9");
            });
            return context.Response.StatusCode;
        }

        Assert.Equal(200, await SearchVia("203.0.113.5, 10.1.2.3", 0));
        Assert.Equal(200, await SearchVia("203.0.113.5, 10.1.2.3", 1));
        Assert.Equal(429, await SearchVia("203.0.113.5, 10.1.2.3", 2));
        Assert.Equal(200, await SearchVia("203.0.113.6, 10.1.2.3", 3));

        // A client cannot pick its own budget by sending a longer chain: only two hops are read.
        Assert.Equal(200, await SearchVia("198.51.100.1, 203.0.113.7, 10.1.2.3", 4));
        Assert.Equal(200, await SearchVia("198.51.100.2, 203.0.113.7, 10.1.2.3", 5));
        Assert.Equal(429, await SearchVia("198.51.100.3, 203.0.113.7, 10.1.2.3", 6));
    }
}
