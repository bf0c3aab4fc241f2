using CareerCluster.Web.Seo;
using Microsoft.AspNetCore.Mvc;

namespace CareerCluster.Web.Pages.Errors;

/// <summary>Any other error status (400, 429, 500): a page in the site's layout, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ProblemModel : SitePageModel
{
    public int Status { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        Status = status ?? HttpContext.Response.StatusCode;
        Meta = new PageMeta
        {
            Title = Status switch
            {
                404 => "Page not found",
                400 => "That request could not be understood",
                429 => "Too many requests",
                >= 500 => "Something went wrong",
                _ => "That did not work",
            },
            Description = Status == 404
                ? "This page does not exist. Browse health-science careers or search instead."
                : "An error page.",
            Path = "/error",
            NoIndex = true,
        };
    }
}
