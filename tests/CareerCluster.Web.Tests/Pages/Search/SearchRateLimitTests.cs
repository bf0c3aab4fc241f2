using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Search;

public sealed class SearchRateLimitTests(SearchRateLimitTests.StrictLimitFactory factory) : IClassFixture<SearchRateLimitTests.StrictLimitFactory>
{
    public sealed class StrictLimitFactory : CareerClusterFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("RateLimiting:SearchPermitsPerMinute", "3")];
    }

    [Fact]
    public async Task Searching_too_often_gets_429_with_retry_after_but_other_pages_still_work()
    {
        var client = factory.CreateNoRedirectClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/search?q=nurse{i}", UriKind.Relative))).StatusCode);
        }

        var limited = await client.GetPageAsync("/search?q=nurse");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Response.StatusCode);
        Assert.True(limited.Response.Headers.RetryAfter is not null, "Retry-After header missing");
        Assert.Equal("Too many requests", limited.H1);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/roles/nurses", UriKind.Relative))).StatusCode);
    }
}
