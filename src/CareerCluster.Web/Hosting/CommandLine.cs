using CareerCluster.Content;
using CareerCluster.Content.Loading;
using CareerCluster.Content.Model;

namespace CareerCluster.Web.Hosting;

/// <summary>Commands that run instead of the web server: check-content (for editors and CI) and healthcheck (for containers).</summary>
public static class CommandLine
{
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output)
    {
        return args switch
        {
            ["check-content", .. var rest] => CheckContent(rest, output),
            ["healthcheck", .. var rest] => await HealthCheckAsync(rest, output),
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
        var annotationPrefix = Path.GetRelativePath(Directory.GetCurrentDirectory(), contentPath).Replace('\\', '/');
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
            if (annotate)
            {
                output.WriteLine(Annotation(diagnostic, annotationPrefix));
            }
        }

        output.WriteLine($"{result.FilesChecked} files checked, {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}");
        return result.ErrorCount > 0 ? 1 : 0;
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
