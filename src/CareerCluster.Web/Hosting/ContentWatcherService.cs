using System.Threading.Channels;
using CareerCluster.Data.Loading;
using Microsoft.Extensions.Options;

namespace CareerCluster.Web.Hosting;

/// <summary>
/// Live reload: file events under the content folder are collapsed into one rebuild once the folder
/// has been quiet briefly, so an editor saving ten files causes one rebuild, not ten.
/// </summary>
public sealed partial class ContentWatcherService(
    ContentPublisher publisher,
    IOptions<ContentStoreOptions> options,
    ILogger<ContentWatcherService> logger) : BackgroundService
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(250);
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = new FileSystemWatcher(options.Value.ContentPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => _changes.Writer.TryWrite(true);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Error += (_, _) => _changes.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        LogWatching(options.Value.ContentPath);

        while (await _changes.Reader.WaitToReadAsync(stoppingToken))
        {
            await WaitForQuietAsync(stoppingToken);
            try
            {
                var result = await publisher.PublishAsync(stoppingToken);
                LogReloaded(result.Outcome);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed build must not stop the watcher: the site keeps serving the last good content.
                LogReloadFailed(ex);
            }
        }
    }

    private async Task WaitForQuietAsync(CancellationToken stoppingToken)
    {
        do
        {
            _changes.Reader.TryRead(out _);
            await Task.Delay(QuietPeriod, stoppingToken);
        }
        while (_changes.Reader.TryPeek(out _));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Path} for content changes")]
    private partial void LogWatching(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content reload: {Outcome}")]
    private partial void LogReloaded(PublishOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content reload failed; still serving the last good content")]
    private partial void LogReloadFailed(Exception exception);
}
