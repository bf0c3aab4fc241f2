using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CareerCluster.Web.Tests.Infrastructure;

/// <summary>Throws inside the real MVC pipeline when a request carries the X-Test-Fault header, to see what errors look like.</summary>
public sealed class TestFaultFilter : IAsyncResourceFilter
{
    public const string Header = "X-Test-Fault";
    public const string SecretMessage = "Test fault with secret detail 8f3a";

    // Only the original request fails: the error page it is re-executed to must render.
    public Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next) =>
        context.HttpContext.Request.Headers.ContainsKey(Header) && context.HttpContext.Features.Get<IExceptionHandlerFeature>() is null
            ? throw new InvalidOperationException(SecretMessage)
            : next();
}
