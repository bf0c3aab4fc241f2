using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCluster.Web.Seo;

/// <summary>A page model whose page the shared layout can describe (title, canonical link, breadcrumbs).</summary>
public abstract class SitePageModel : PageModel
{
    public PageMeta Meta { get; protected set; } = null!;
}
