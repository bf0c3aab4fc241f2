using CareerCluster.Content.Loading;
using CareerCluster.Content.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerCluster.Data.Loading;

public enum PublishOutcome
{
    Unchanged,
    Reused,
    Built,
    Failed,
}

public sealed record PublishResult(PublishOutcome Outcome, IReadOnlyList<ContentDiagnostic> Diagnostics);

/// <summary>
/// The single path from content folder to live database, used at start-up and on every reload:
/// validate, build a new database file, then swap it in. Bad content never replaces good content.
/// </summary>
public sealed partial class ContentPublisher(
    ContentTreeLoader loader,
    ContentDatabaseBuilder builder,
    ActiveContent active,
    IOptions<ContentStoreOptions> options,
    TimeProvider clock,
    ILogger<ContentPublisher> logger) : IDisposable
{
    private static readonly TimeSpan RetiredGracePeriod = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, DateTimeOffset> _retired = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _disposed = new();
    private bool _started;
    private bool _cleanUpScheduled;

    /// <summary>Code that shapes the database is part of its identity, so a new build of the app rebuilds.</summary>
    private static readonly string CodeVersion =
        typeof(ContentPublisher).Assembly.ManifestModule.ModuleVersionId.ToString("N")
        + typeof(ContentTreeLoader).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public async Task<PublishResult> PublishAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await PublishLockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<PublishResult> PublishLockedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        string hash;
        try
        {
            hash = ContentFiles.Fingerprint(settings.ContentPath, CodeVersion + (settings.IncludeDrafts ? ":drafts" : ":published"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var diagnostic = new ContentDiagnostic(".", 1, DiagnosticSeverity.Error, $"could not read the content folder: {ex.Message}");
            return Fail([diagnostic]);
        }

        if (active.Current?.Hash == hash)
        {
            if (active.LastFailure.Count > 0)
            {
                active.Publish(active.Current with { });
            }

            return new PublishResult(PublishOutcome.Unchanged, []);
        }

        var databasePath = DatabasePathFor(hash);
        if (File.Exists(databasePath))
        {
            var reused = await ReadSnapshotAsync(databasePath, hash, cancellationToken);
            if (reused is not null)
            {
                Swap(reused);
                LogReused(databasePath, reused.PageCount);
                return new PublishResult(PublishOutcome.Reused, []);
            }
        }

        var started = clock.GetTimestamp();
        var result = loader.Load(settings.ContentPath);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.IsError)
            {
                LogContentError(diagnostic.ToString());
            }
            else
            {
                LogContentWarning(diagnostic.ToString());
            }
        }

        if (result.Site is null)
        {
            return Fail(result.Diagnostics);
        }

        var site = settings.IncludeDrafts ? result.Site : result.Site.WithoutDrafts();
        await builder.BuildAsync(site, hash, databasePath, cancellationToken);
        var snapshot = new ContentSnapshot(ReadConnectionString(databasePath), hash, clock.GetUtcNow(), site.PageCount);
        Swap(snapshot);
        LogBuilt(site.PageCount, result.FilesChecked, clock.GetElapsedTime(started).TotalMilliseconds, databasePath);
        return new PublishResult(PublishOutcome.Built, result.Diagnostics);
    }

    private PublishResult Fail(IReadOnlyList<ContentDiagnostic> diagnostics)
    {
        LogKeptPrevious(diagnostics.Count(d => d.IsError), active.Current is not null);
        active.ReportFailure(diagnostics);
        return new PublishResult(PublishOutcome.Failed, diagnostics);
    }

    private void Swap(ContentSnapshot snapshot)
    {
        active.Publish(snapshot);
        RemoveOldDatabases(snapshot);
        ScheduleCleanUp();
    }

    /// <summary>
    /// Retired files would otherwise wait for the next content change, which may not come for days, and each
    /// keeps its pool of open connections (and their page caches) until it goes. Called under the gate.
    /// </summary>
    private void ScheduleCleanUp()
    {
        if (_retired.Count == 0 || _cleanUpScheduled)
        {
            return;
        }

        _cleanUpScheduled = true;
        var firstDue = _retired.Values.Min() + RetiredGracePeriod - clock.GetUtcNow();
        _ = CleanUpAsync(TimeSpan.FromSeconds(1) + (firstDue > TimeSpan.Zero ? firstDue : TimeSpan.Zero));
    }

    private async Task CleanUpAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, clock, _disposed.Token);
            await _gate.WaitAsync(_disposed.Token);
            try
            {
                _cleanUpScheduled = false;
                if (active.Current is { } current)
                {
                    RemoveOldDatabases(current);
                }

                ScheduleCleanUp();
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or IOException or UnauthorizedAccessException)
        {
            // Disposed, or the data folder went away: the next publish cleans up instead.
        }
    }

    private string DatabasePathFor(string hash)
    {
        var configured = Path.GetFullPath(options.Value.DatabasePath);
        var name = Path.GetFileNameWithoutExtension(configured);
        var extension = Path.GetExtension(configured);
        return Path.Combine(Path.GetDirectoryName(configured)!, $"{name}-{hash[..16]}{extension}");
    }

    private static string ReadConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();

    private static async Task<ContentSnapshot?> ReadSnapshotAsync(string path, string hash, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(ReadConnectionString(path));
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Hash, BuiltAt, PageCount FROM ContentVersions LIMIT 1";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken) && reader.GetString(0) == hash)
            {
                return new ContentSnapshot(connection.ConnectionString, hash, DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture), reader.GetInt32(2));
            }
        }
        catch (SqliteException)
        {
            // An unreadable file is simply rebuilt.
        }

        return null;
    }

    /// <summary>
    /// Deletes databases that stopped being live a while ago. A request that created its DbContext
    /// just before a swap may still open the old file, so a retired file gets a grace period first;
    /// files left by an earlier run of the app are never live and go at once.
    /// </summary>
    private void RemoveOldDatabases(ContentSnapshot current)
    {
        var now = clock.GetUtcNow();
        var configured = Path.GetFullPath(options.Value.DatabasePath);
        var directory = Path.GetDirectoryName(configured)!;
        var pattern = $"{Path.GetFileNameWithoutExtension(configured)}-*{Path.GetExtension(configured)}";
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles(pattern))
        {
            var path = file.FullName;
            if (current.ConnectionString.Contains(path, StringComparison.Ordinal))
            {
                _retired.Remove(path);
                continue;
            }

            if (!_retired.TryGetValue(path, out var retiredAt))
            {
                _retired[path] = retiredAt = _started ? now : DateTimeOffset.MinValue;
            }

            if (now - retiredAt < RetiredGracePeriod)
            {
                continue;
            }

            try
            {
                SqliteConnection.ClearPool(new SqliteConnection(ReadConnectionString(path)));
                file.Delete();
                _retired.Remove(path);
            }
            catch (IOException)
            {
                // Still open somewhere; the next reload tries again.
            }
        }

        if (!_started)
        {
            RemoveLeftoverBuilds(directory, pattern);
        }

        _started = true;
    }

    /// <summary>
    /// A build killed half way (the process stopped, the pod evicted) leaves its temporary file behind; no build
    /// runs before this app's first publish, so any found then is a leftover.
    /// </summary>
    private void RemoveLeftoverBuilds(string directory, string databasePattern)
    {
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles(databasePattern + ".*.building"))
        {
            try
            {
                file.Delete();
                LogRemovedLeftover(file.FullName);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the next start.
            }
        }
    }

    /// <summary>
    /// Whether the live database file is still there, opens, and holds its version row: what /readyz reports.
    /// A fresh connection (no pool) each time, so a file deleted or overwritten since it was opened is noticed.
    /// </summary>
    public async Task<bool> LiveDatabaseIsReadableAsync(CancellationToken cancellationToken = default)
    {
        if (active.Current is not { } current)
        {
            return false;
        }

        var path = new SqliteConnectionStringBuilder(current.ConnectionString).DataSource;
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Hash FROM ContentVersions LIMIT 1";
            return await command.ExecuteScalarAsync(cancellationToken) is string hash && hash == current.Hash;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Diagnostic}")]
    private partial void LogContentError(string diagnostic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Diagnostic}")]
    private partial void LogContentWarning(string diagnostic);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content has {ErrorCount} errors; kept the previous content: {HasPrevious}")]
    private partial void LogKeptPrevious(int errorCount, bool hasPrevious);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Path}, left by a build that did not finish")]
    private partial void LogRemovedLeftover(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reused database {Path} ({Pages} pages): content unchanged")]
    private partial void LogReused(string path, int pages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built {Pages} pages from {Files} files in {ElapsedMs:F0} ms into {Path}")]
    private partial void LogBuilt(int pages, int files, double elapsedMs, string path);
}
