using CareerCluster.Content.Loading;
using CareerCluster.Content.Markdown;
using CareerCluster.Content.Model;
using CareerCluster.Content.Parsing;
using CareerCluster.Content.Validation;
using CareerCluster.Tests;

namespace CareerCluster.Web.Tests.Infrastructure;

/// <summary>What the repository's content says, read with the real loader, to compare pages against.</summary>
public static class ContentFacts
{
    private static readonly Lazy<ContentSite> LazySite = new(() => Load(RepoPaths.Content));

    public static ContentSite Site => LazySite.Value;

    public static ContentSite Load(string contentRoot)
    {
        var result = new ContentTreeLoader(new ContentFileParser(new MarkdownRenderer()), new SiteValidator(TimeProvider.System)).Load(contentRoot);
        return result.Site ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    public static ContentPage Cluster(string slug) => Site.Clusters.Single(c => c.Slug == slug);

    public static ContentPage Pathway(string slug) => Site.Pathways.Single(p => p.Slug == slug);

    public static ContentPage Role(string slug) => Site.Roles.Single(r => r.Slug == slug);

    public static string UrlOf(ContentPage page) => page.Kind switch
    {
        ContentKind.Cluster => $"/clusters/{page.Slug}",
        ContentKind.Pathway => $"/pathways/{page.Slug}",
        ContentKind.Role => $"/roles/{page.Slug}",
        _ => $"/faq#{page.Slug}",
    };

    /// <summary>Every page URL of the site: home, clusters, pathways, roles and the FAQ.</summary>
    public static IEnumerable<string> AllPageUrls() =>
        new[] { "/", "/faq" }
            .Concat(Site.Clusters.Select(UrlOf))
            .Concat(Site.Pathways.Select(UrlOf))
            .Concat(Site.Roles.Select(UrlOf));

    public static TheoryData<string> PageUrls()
    {
        var data = new TheoryData<string>();
        foreach (var url in AllPageUrls())
        {
            data.Add(url);
        }

        return data;
    }

    public static TheoryData<string> RoleUrls()
    {
        var data = new TheoryData<string>();
        foreach (var role in Site.Roles)
        {
            data.Add(UrlOf(role));
        }

        return data;
    }

    /// <summary>The pages of a URL's breadcrumb trail, home first, and what the page was last reviewed.</summary>
    public static (IReadOnlyList<(string Label, string Path)> Crumbs, DateOnly? Reviewed, string Title, string Description) Expect(string url)
    {
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        (string, string) home = ("Home", "/");
        switch (parts)
        {
            case []:
                return ([home], Site.Clusters.Concat(Site.Pathways).Min(p => p.LastReviewed), "Health-science careers in the US and the NHS", "");
            case ["faq"]:
                return ([home, ("FAQ", "/faq")], Site.FaqEntries.Min(f => f.LastReviewed), "Frequently asked questions", "");
            case ["clusters", var slug]:
            {
                var cluster = Cluster(slug);
                return ([home, (cluster.Title, url)], cluster.LastReviewed, cluster.Title, cluster.Summary);
            }

            case ["pathways", var slug]:
            {
                var pathway = Pathway(slug);
                var cluster = Cluster(pathway.ClusterSlug!);
                return ([home, (cluster.Title, UrlOf(cluster)), (pathway.Title, url)], pathway.LastReviewed, pathway.Title, pathway.Summary);
            }

            case ["roles", var slug]:
            {
                var role = Role(slug);
                var pathway = Pathway(role.PathwaySlug!);
                var cluster = Cluster(role.ClusterSlug!);
                return ([home, (cluster.Title, UrlOf(cluster)), (pathway.Title, UrlOf(pathway)), (role.Title, url)], role.LastReviewed, role.Title, role.Summary);
            }

            default:
                throw new ArgumentException(url);
        }
    }
}
