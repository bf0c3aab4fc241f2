using CareerCluster.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Routing;

public static class AliasRedirects
{
    /// <summary>
    /// For a slug with no page: 301 (query kept) to the page that lists it in `aliases` (a renamed page keeps its
    /// old links), otherwise 404.
    /// </summary>
    public static async Task<IActionResult> MovedOrNotFoundAsync(this PageModel page, CareersDbContext db, string section, string slug, CancellationToken cancellationToken)
    {
        var current = await db.Aliases
            .Where(a => a.Section == section && a.OldSlug == slug)
            .Select(a => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        return current is null ? page.NotFound() : page.RedirectPermanent($"/{section}/{current}" + page.Request.QueryString);
    }
}
