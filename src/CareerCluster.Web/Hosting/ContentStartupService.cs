using CareerCluster.Data.Loading;

namespace CareerCluster.Web.Hosting;

/// <summary>
/// Loads content before the server accepts requests (IHostedLifecycleService.StartingAsync runs before
/// any StartAsync), so no request ever meets an empty site. With no good content the app refuses to start.
/// </summary>
public sealed class ContentStartupService(ContentPublisher publisher, ActiveContent active, IServiceScopeFactory scopes) : IHostedLifecycleService
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

        // While the server finishes starting (one core is busy with that), build the EF Core model and
        // compile the home page's query on the other, so the first request does not pay for them.
        _ = Task.Run(WarmUpAsync, CancellationToken.None);
    }

    private async Task WarmUpAsync()
    {
        try
        {
            using var scope = scopes.CreateScope();
            await new Pages.IndexModel(scope.ServiceProvider.GetRequiredService<Data.CareersDbContext>()).OnGetAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: the first request does the same work if this could not.
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
