using System.Collections.Concurrent;
using System.Text;
using CareerCluster.Content.Model;
using CareerCluster.Content.OccupationData;
using CareerCluster.Content.Parsing;
using CareerCluster.Content.Quiz;
using CareerCluster.Content.Validation;

namespace CareerCluster.Content.Loading;

/// <summary>
/// The one validation path used by check-content, start-up and live reload: reads every file,
/// parses them in parallel, then checks the tree as a whole.
/// </summary>
public sealed class ContentTreeLoader(ContentFileParser parser, SiteValidator validator)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ContentLoadResult Load(string contentRoot)
    {
        if (!Directory.Exists(contentRoot))
        {
            return Failed(new ContentDiagnostic(".", 1, DiagnosticSeverity.Error, $"content folder not found: {contentRoot}"));
        }

        var paths = ContentFiles.Enumerate(contentRoot);
        var pagePaths = paths.Where(p => !UsDataReader.IsDataPath(p) && !QuizReader.IsQuizPath(p)).ToList();
        var diagnostics = new ConcurrentBag<ContentDiagnostic>();
        var located = new ConcurrentBag<LocatedFile>();
        var pages = new ConcurrentBag<ContentPage>();

        Parallel.ForEach(pagePaths, relativePath =>
        {
            var fileDiagnostics = new List<ContentDiagnostic>();
            var page = ParseFile(contentRoot, relativePath, located, fileDiagnostics);
            if (page is not null)
            {
                pages.Add(page);
            }

            foreach (var diagnostic in fileDiagnostics)
            {
                diagnostics.Add(diagnostic);
            }
        });

        var all = diagnostics.ToList();
        var files = located.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var parsed = pages.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList();
        var usData = UsDataReader.Read(contentRoot, all);
        var quiz = QuizReader.Read(contentRoot, all);
        validator.Validate(files, parsed, usData, quiz, all);
        OccupationSummaries.FillMissing(parsed, usData);
        if (!all.Any(d => d.IsError) && parsed.Count == 0)
        {
            all.Add(new ContentDiagnostic(".", 1, DiagnosticSeverity.Error, "no content pages found"));
        }

        var ordered = all.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        return new ContentLoadResult
        {
            Site = ordered.Any(d => d.IsError) ? null : new ContentSite(parsed, usData, quiz),
            Diagnostics = ordered,
            FilesChecked = paths.Count,
        };
    }

    private ContentPage? ParseFile(string contentRoot, string relativePath, ConcurrentBag<LocatedFile> located, List<ContentDiagnostic> diagnostics)
    {
        if (ContentFiles.Unreadable(contentRoot, relativePath) is { } reason)
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, 1, DiagnosticSeverity.Error, reason));
            return null;
        }

        var (location, layoutError) = ContentLayout.Classify(relativePath);
        if (location is null)
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, 1, DiagnosticSeverity.Error, layoutError!));
            return null;
        }

        located.Add(new LocatedFile(relativePath, location));

        string text;
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(contentRoot, relativePath));
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, 1, DiagnosticSeverity.Error,
                "the file is not UTF-8 text: save it with UTF-8 encoding"));
            return null;
        }
        catch (IOException ex)
        {
            diagnostics.Add(new ContentDiagnostic(relativePath, 1, DiagnosticSeverity.Error, $"could not read the file: {ex.Message}"));
            return null;
        }

        return parser.Parse(location, relativePath, text, diagnostics);
    }

    private static ContentLoadResult Failed(ContentDiagnostic diagnostic) =>
        new() { Site = null, Diagnostics = [diagnostic], FilesChecked = 0 };
}
