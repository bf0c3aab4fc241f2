using CareerCluster.Data.Loading;
using CareerCluster.Data.Overview;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Hosting;

/// <summary>
/// Loads content before the server accepts requests (IHostedLifecycleService.StartingAsync runs before
/// any StartAsync), so no request ever meets an empty site. With no good content the app refuses to start.
/// </summary>
public sealed class ContentStartupService(ContentPublisher publisher, ActiveContent active, SiteOverviewSource overview, IServiceScopeFactory scopes)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var result = await publisher.PublishAsync(cancellationToken);
        if (active.Current is null)
        {
            var errors = result.Diagnostics.Where(d => d.IsError).Select(d => "  " + d);
            throw new InvalidOperationException(
                "No good content to serve, so the site will not start. Fix these and start again:"
                + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        // The home page reads only this (a few milliseconds), so it is ready before the server listens.
        _ = overview.Current;
    }

    /// <summary>
    /// Once the server listens, start EF Core and compile a first query in the background, so the first
    /// page that uses it does not pay for all of that. Not sooner: on two cores it would slow the start
    /// itself, which the home page (no EF Core) does not need.
    /// </summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(WarmUpAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task WarmUpAsync()
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Data.CareersDbContext>();
            await db.Roles.OrderBy(r => r.Slug).Select(r => new { r.Slug, r.Title, Pathway = r.Pathway.Title }).FirstOrDefaultAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: the first request does the same work if this could not.
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
