using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages;

/// <summary>A 404 is a page in the site's layout that helps the reader on.</summary>
public static class NotFoundPage
{
    public static void AssertHelpful(Page page)
    {
        Assert.Equal("Page not found", page.H1);
        Assert.NotNull(page.Document.QuerySelector("header.site-header"));
        Assert.NotNull(page.Document.QuerySelector("footer.site-footer"));
        Assert.Equal("noindex", page.Meta("robots"));
        var links = page.Document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/", links);
        Assert.Contains("/roles", links);
        Assert.Contains("/faq", links);
        Assert.NotNull(page.Document.QuerySelector("main form[action='/search']"));
        Assert.StartsWith("text/html", page.Response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }
}
