using CareerCluster.Web.Seo;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CareerCluster.Web.Pages.Errors;

/// <summary>
/// The page for an error status (400, 404, 429, 500): the site's layout, never a stack trace. It is shown only
/// in place of another request's error (status-code pages and the exception handler re-execute it); asked for
/// directly, /error/... is a page that does not exist, so it can never answer 200 or be cached as a page.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ProblemModel : SitePageModel
{
    public int Status { get; private set; }

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        var isError = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        if (!isError)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        Status = Response.StatusCode;
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
