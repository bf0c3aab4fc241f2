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
}
