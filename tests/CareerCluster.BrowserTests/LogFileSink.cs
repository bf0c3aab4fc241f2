using Serilog.Core;
using Serilog.Events;

namespace CareerCluster.BrowserTests;

/// <summary>The browser-test app's log, one line per event with milliseconds and thread, in a file under artifacts/.</summary>
public sealed class LogFileSink : ILogEventSink, IDisposable
{
    private readonly Lock _lock = new();
    private readonly StreamWriter _writer;

    public LogFileSink(string path)
    {
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
    }

    public void Emit(LogEvent logEvent)
    {
        var line = $"{logEvent.Timestamp:HH:mm:ss.fff} [{Environment.CurrentManagedThreadId}] {logEvent.Level} {logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)}"
            + (logEvent.Exception is { } exception ? $" {exception.GetType().Name}: {exception.Message}" : "");
        lock (_lock)
        {
            _writer.WriteLine(line);
        }
    }

    public void Dispose() => _writer.Dispose();
}
