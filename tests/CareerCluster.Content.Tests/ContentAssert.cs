using CareerCluster.Content.Loading;
using CareerCluster.Content.Markdown;
using CareerCluster.Content.Model;
using CareerCluster.Content.Parsing;
using CareerCluster.Content.Validation;
using CareerCluster.Tests;

namespace CareerCluster.Content.Tests;

/// <summary>Loads a tree through the real pipeline and checks diagnostics by exact path and line.</summary>
public static class ContentAssert
{
    public static ContentTreeLoader CreateLoader(TimeProvider? clock = null) =>
        new(new ContentFileParser(new MarkdownRenderer()), new SiteValidator(clock ?? new FixedTimeProvider()));

    public static ContentLoadResult Load(TempContentTree tree, TimeProvider? clock = null) => CreateLoader(clock).Load(tree.Root);

    public static ContentDiagnostic Error(ContentLoadResult result, string path, int line, string messageFragment) =>
        Diagnostic(result, DiagnosticSeverity.Error, path, line, messageFragment);

    public static ContentDiagnostic Warning(ContentLoadResult result, string path, int line, string messageFragment) =>
        Diagnostic(result, DiagnosticSeverity.Warning, path, line, messageFragment);

    /// <summary>Exactly one diagnostic at that place with that text; the whole list is shown when it is missing.</summary>
    public static ContentDiagnostic Diagnostic(ContentLoadResult result, DiagnosticSeverity severity, string path, int line, string messageFragment)
    {
        var matches = result.Diagnostics
            .Where(d => d.Severity == severity && d.Path == path && d.Line == line && d.Message.Contains(messageFragment, StringComparison.Ordinal))
            .ToList();
        Assert.True(matches.Count == 1,
            $"expected one {severity} at {path}:{line} containing \"{messageFragment}\", found {matches.Count}. All diagnostics:\n  "
            + string.Join("\n  ", result.Diagnostics));
        return matches[0];
    }

    /// <summary>A result that failed only because of the expected problems (no cascade of unrelated errors).</summary>
    public static void OnlyErrorsIn(ContentLoadResult result, params string[] paths)
    {
        Assert.Null(result.Site);
        var unexpected = result.Diagnostics.Where(d => d.IsError && !paths.Contains(d.Path)).ToList();
        Assert.True(unexpected.Count == 0, "unexpected errors:\n  " + string.Join("\n  ", unexpected));
    }

    public static void Clean(ContentLoadResult result)
    {
        Assert.True(result.Diagnostics.Count == 0, "expected no diagnostics:\n  " + string.Join("\n  ", result.Diagnostics));
        Assert.NotNull(result.Site);
    }
}
