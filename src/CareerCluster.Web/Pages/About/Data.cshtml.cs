using CareerCluster.Data;
using CareerCluster.Web.Seo;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.About;

/// <summary>The data sets behind the US occupation figures: release, licence, what the site changed, how to update.</summary>
public sealed class DataModel(CareersDbContext db) : SitePageModel
{
    public sealed record Release(string Key, string Name, string Publisher, string Version, string Licence, string LicenceUrl, string Url, string Folder, string Changes);

    public IReadOnlyList<Release> Releases { get; private set; } = [];

    /// <summary>The O*NET release, for the attribution; null when the content has no US data.</summary>
    public string? OnetRelease => Releases.FirstOrDefault(r => r.Key == "onet")?.Version;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var order = new[] { "onet", "oews", "ep", "clusters" };
        var releases = await db.DataReleases
            .Select(r => new Release(r.Key, r.Name, r.Publisher, r.Release, r.Licence, r.LicenceUrl, r.Url, r.Folder, r.Changes))
            .ToListAsync(cancellationToken);
        Releases = releases.OrderBy(r => Array.IndexOf(order, r.Key) < 0 ? order.Length : Array.IndexOf(order, r.Key)).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        Meta = new PageMeta
        {
            Title = "About the data",
            Description = "The official US data sets behind the occupation figures (O*NET, BLS wages and projections): each release, its licence, what this site changed and how it is updated.",
            Path = "/about/data",
            Breadcrumbs = [new("Home", "/"), new("About the data", "/about/data")],
        };
    }
}
