using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Security;

public sealed class ErrorPageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    [Theory]
    [InlineData("/roles/nurses")]
    [InlineData("/")]
    [InlineData("/search?q=nurse")]
    public async Task Production_errors_show_a_friendly_page_without_a_stack_trace(string url)
    {
        var client = factory.CreateNoRedirectClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(TestFaultFilter.Header, "1");

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var document = Html.Parse(body);
        Assert.Equal("Something went wrong", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("header.site-header"));
        Assert.DoesNotContain(TestFaultFilter.SecretMessage, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("TestFaultFilter", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        Assert.False(response.Headers.CacheControl?.Public ?? false, "an error page must not be cached publicly");
    }

    [Fact]
    public async Task The_site_keeps_serving_after_an_error()
    {
        var client = factory.CreateNoRedirectClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/roles/genomics-healthcare-scientist?fault=1");
        request.Headers.Add(TestFaultFilter.Header, "1");
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.SendAsync(request)).StatusCode);

        Assert.Equal("Genomics (healthcare scientist)", (await client.GetOkPageAsync("/roles/genomics-healthcare-scientist?fault=1")).H1);
    }
}
