using CareerCluster.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Routing;

public static class AliasRedirects
{
    /// <summary>The current canonical path for an old slug listed in some page's `aliases`, if any.</summary>
    public static async Task<string?> FindAsync(CareersDbContext db, string section, string slug, CancellationToken cancellationToken) =>
        await db.Aliases
            .Where(a => a.Section == section && a.OldSlug == slug)
            .Select(a => "/" + section + "/" + a.Slug)
            .FirstOrDefaultAsync(cancellationToken);
}
