using System.Xml.Linq;
using CareerCluster.Data;
using CareerCluster.Web.Caching;
using CareerCluster.Web.Seo;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Endpoints;

public static class SitemapEndpoints
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (CareersDbContext db, SiteUrls urls, CancellationToken cancellationToken) =>
        {
            var clusters = await db.Clusters.Select(c => new { c.Slug, c.LastReviewed }).ToListAsync(cancellationToken);
            var pathways = await db.Pathways.Select(p => new { p.Slug, p.LastReviewed }).ToListAsync(cancellationToken);
            var roles = await db.Roles.Select(r => new { r.Slug, r.LastReviewed }).ToListAsync(cancellationToken);
            var faq = await db.FaqEntries.Select(f => f.LastReviewed).ToListAsync(cancellationToken);
            var newest = clusters.Select(c => c.LastReviewed).Concat(pathways.Select(p => p.LastReviewed))
                .Concat(roles.Select(r => r.LastReviewed)).Concat(faq).DefaultIfEmpty().Max();

            var entries = new List<(string Path, DateOnly? LastModified)> { ("/", newest) };
            entries.AddRange(clusters.Select(c => ($"/clusters/{c.Slug}", (DateOnly?)c.LastReviewed)));
            entries.AddRange(pathways.Select(p => ($"/pathways/{p.Slug}", (DateOnly?)p.LastReviewed)));
            entries.AddRange(roles.Select(r => ($"/roles/{r.Slug}", (DateOnly?)r.LastReviewed)));
            if (faq.Count > 0)
            {
                entries.Add(("/faq", faq.Max()));
            }

            entries.Add(("/roles", newest));
            entries.Add(("/crosswalk", newest));

            var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset",
                entries.Select(e => new XElement(Ns + "url",
                    new XElement(Ns + "loc", urls.Absolute(e.Path)),
                    e.LastModified is { } date ? new XElement(Ns + "lastmod", date.ToString("yyyy-MM-dd")) : null))));
            return Results.Text(document.Declaration + Environment.NewLine + document.ToString(), "application/xml; charset=utf-8");
        }).WithMetadata(new CachedPageAttribute());

        endpoints.MapGet("/robots.txt", (SiteUrls urls) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /compare\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8"))
            .WithMetadata(new CachedPageAttribute());
        return endpoints;
    }
}
