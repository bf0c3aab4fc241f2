using CareerCluster.Content;
using CareerCluster.Content.Loading;
using CareerCluster.Content.Model;
using CareerCluster.Content.OccupationData;
using CareerCluster.Data.Loading;

namespace CareerCluster.Web.Hosting;

/// <summary>
/// Commands that run instead of the web server: check-content (for editors and CI), import-occupations (for
/// editors, after a data update), healthcheck (for containers) and the undocumented build-content (the benchmark times the content build on its own).
/// </summary>
public static class CommandLine
{
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output)
    {
        return args switch
        {
            ["check-content", .. var rest] => CheckContent(rest, output),
            ["healthcheck", .. var rest] => await HealthCheckAsync(rest, output),
            ["build-content", .. var rest] => await BuildContentAsync(rest, output),
            ["import-occupations", .. var rest] => ImportOccupations(rest, output),
            _ => null,
        };
    }

    private static int CheckContent(string[] args, TextWriter output)
    {
        var contentArgument = OptionValue(args, "--content");
        var contentPath = ContentLocator.ResolveContentPath(contentArgument, Directory.GetCurrentDirectory());
        using var services = new ServiceCollection().AddContentValidation().BuildServiceProvider();
        var result = services.GetRequiredService<ContentTreeLoader>().Load(contentPath);

        var annotate = string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
        // Annotations name files from the repository root, where GitHub looks for them.
        var annotationBase = ContentLocator.EnclosingRepository(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var annotationPrefix = Path.GetRelativePath(annotationBase, contentPath).Replace('\\', '/');
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
            if (annotate)
            {
                output.WriteLine(Annotation(diagnostic, annotationPrefix));
            }
        }

        if (result.Site is { UsData.IsEmpty: false } site)
        {
            output.WriteLine("US data in use: " + string.Join("; ", site.UsData.Releases.Select(r => r.Key switch
            {
                "onet" => $"O*NET {r.Release}",
                "oews" => $"BLS OEWS {r.Release}",
                "ep" => $"BLS Employment Projections {r.Release}",
                _ => $"{r.Name} {r.Release}",
            })));
        }

        output.WriteLine($"{result.FilesChecked} files checked, {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}");
        return result.ErrorCount > 0 ? 1 : 0;
    }

    /// <summary>import-occupations [--content DIR]: a role file for every listed US occupation without one; never overwrites.</summary>
    private static int ImportOccupations(string[] args, TextWriter output)
    {
        var contentPath = ContentLocator.ResolveContentPath(OptionValue(args, "--content"), Directory.GetCurrentDirectory());
        var result = OccupationImporter.Import(contentPath, DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var problem in result.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        foreach (var created in result.Created)
        {
            output.WriteLine($"created {created}");
        }

        output.WriteLine($"{Count(result.Created.Count, "role file")} created; {result.AlreadyCovered} listed occupations already had a role, {result.Excluded} are excluded on purpose");
        return result.Problems.Any(p => p.IsError) ? 1 : 0;
    }

    /// <summary>
    /// build-content --content DIR --database FILE [--drafts]: the start-up build path on its own (validate,
    /// render, load SQLite with the search index), for bench/run.sh. Drafts are left out unless asked for, as in Production.
    /// </summary>
    private static async Task<int> BuildContentAsync(string[] args, TextWriter output)
    {
        var contentPath = ContentLocator.ResolveContentPath(OptionValue(args, "--content"), Directory.GetCurrentDirectory());
        if (OptionValue(args, "--database") is not { } database)
        {
            output.WriteLine("usage: build-content --content DIR --database FILE [--drafts]");
            return 2;
        }

        var databasePath = Path.GetFullPath(database);
        var includeDrafts = args.Contains("--drafts");
        using var services = new ServiceCollection().AddContentValidation().AddSingleton<ContentDatabaseBuilder>().BuildServiceProvider();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var hash = ContentFiles.Fingerprint(contentPath, includeDrafts ? "build-content:drafts" : "build-content:published");
        var result = services.GetRequiredService<ContentTreeLoader>().Load(contentPath);
        var loaded = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (result.Site is null)
        {
            foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
            {
                output.WriteLine(diagnostic.ToString());
            }

            output.WriteLine($"{result.FilesChecked} files checked, {Count(result.ErrorCount, "error")}: nothing built");
            return 1;
        }

        var site = includeDrafts ? result.Site : result.Site.WithoutDrafts();
        await services.GetRequiredService<ContentDatabaseBuilder>().BuildAsync(site, hash, databasePath);
        var total = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        output.WriteLine($"Built {site.PageCount} pages from {result.FilesChecked} files in {total.TotalMilliseconds:F0} ms "
            + $"(read, validate and render {loaded.TotalMilliseconds:F0} ms; database {(total - loaded).TotalMilliseconds:F0} ms) into {databasePath}");
        return 0;
    }

    private static async Task<int> HealthCheckAsync(string[] args, TextWriter output)
    {
        var url = OptionValue(args, "--url") ?? "http://127.0.0.1:8080/healthz";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            output.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            output.WriteLine($"{url}: {ex.Message}");
            return 1;
        }
    }

    private static string Annotation(ContentDiagnostic diagnostic, string prefix)
    {
        var level = diagnostic.IsError ? "error" : "warning";
        var message = diagnostic.Message.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return $"::{level} file={prefix}/{diagnostic.Path},line={diagnostic.Line}::{message}";
    }

    private static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
