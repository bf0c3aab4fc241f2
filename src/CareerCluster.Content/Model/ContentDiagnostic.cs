namespace CareerCluster.Content.Model;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}

/// <summary>One problem in one content file, located for the editor.</summary>
/// <param name="Path">Relative to the content folder, with forward slashes.</param>
/// <param name="Line">1-based line in that file.</param>
public sealed record ContentDiagnostic(string Path, int Line, DiagnosticSeverity Severity, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{Path}:{Line}: {(IsError ? "error" : "warning")}: {Message}";
}
