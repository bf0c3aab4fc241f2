using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CareerCluster.Web.Tests.Infrastructure;

public sealed record Page(HttpResponseMessage Response, string Body, IDocument Document)
{
    public string? Meta(string name) =>
        Document.QuerySelector($"meta[name='{name}']")?.GetAttribute("content")
        ?? Document.QuerySelector($"meta[property='{name}']")?.GetAttribute("content");

    public string H1 => Assert.Single(Document.QuerySelectorAll("h1")).TextContent.Trim();

    public string? Canonical => Document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");

    public string MainText => Document.QuerySelector("main")?.TextContent ?? "";
}

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<Page> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        var body = await response.Content.ReadAsStringAsync();
        return new Page(response, body, Parse(body));
    }

    /// <summary>A page that must answer 200.</summary>
    public static async Task<Page> GetOkPageAsync(this HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        Assert.True(page.Response.StatusCode == System.Net.HttpStatusCode.OK, $"{url}: {(int)page.Response.StatusCode}\n{page.Body[..Math.Min(2000, page.Body.Length)]}");
        return page;
    }

    /// <summary>Whitespace collapsed, so text split over lines in the markup still matches.</summary>
    public static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
