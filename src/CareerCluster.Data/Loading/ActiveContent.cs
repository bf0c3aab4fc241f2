using CareerCluster.Content.Model;

namespace CareerCluster.Data.Loading;

/// <summary>The database that requests read right now, and what it was built from.</summary>
public sealed record ContentSnapshot(string ConnectionString, string Hash, DateTimeOffset LoadedAt, int PageCount);

/// <summary>
/// Holds the live content snapshot. A reload swaps it in one reference assignment, so a request that
/// opened the old database finishes on it and the next request opens the new one.
/// </summary>
public sealed class ActiveContent
{
    private volatile ContentSnapshot? _current;
    private volatile IReadOnlyList<ContentDiagnostic> _lastFailure = [];

    public ContentSnapshot? Current => _current;

    /// <summary>The errors of the newest load when it failed (the site still serves the last good content); empty otherwise.</summary>
    public IReadOnlyList<ContentDiagnostic> LastFailure => _lastFailure;

    /// <summary>Raised after every load attempt, good or bad, so caches can drop pages.</summary>
    public event EventHandler? Changed;

    public ContentSnapshot Require() =>
        _current ?? throw new InvalidOperationException("Content has not been loaded yet.");

    internal void Publish(ContentSnapshot snapshot)
    {
        _current = snapshot;
        _lastFailure = [];
        Changed?.Invoke(this, EventArgs.Empty);
    }

    internal void ReportFailure(IReadOnlyList<ContentDiagnostic> diagnostics)
    {
        _lastFailure = diagnostics.Where(d => d.IsError).ToList();
        Changed?.Invoke(this, EventArgs.Empty);
    }
}
