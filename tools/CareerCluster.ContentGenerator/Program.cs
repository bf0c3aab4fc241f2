using System.Globalization;

namespace CareerCluster.ContentGenerator;

/// <summary>
/// dotnet run --project tools/CareerCluster.ContentGenerator -c Release -- --roles N --out DIR [--seed S] [--reviewed YYYY-MM-DD] [--data DIR | --no-data]
/// </summary>
/// <remarks>
/// The repository's US occupation data (content/data/us) is copied into the output and joined to synthetic US roles;
/// by default it is found by walking up from the current folder (and from the tool's own folder).
/// </remarks>
public static class GeneratorCli
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        int? roles = null;
        string? outDir = null;
        ulong seed = 42;
        var reviewed = SyntheticContentGenerator.DefaultLastReviewed;
        string? data = null;
        var noData = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--roles" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    roles = n;
                    i++;
                    break;
                case "--out" when !string.IsNullOrWhiteSpace(value):
                    outDir = value;
                    i++;
                    break;
                case "--seed" when ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--reviewed" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                    reviewed = d;
                    i++;
                    break;
                case "--data" when !string.IsNullOrWhiteSpace(value):
                    data = value;
                    i++;
                    break;
                case "--no-data":
                    noData = true;
                    break;
                default:
                    return Usage(error, $"unexpected or invalid argument '{args[i]}'");
            }
        }

        if (roles is null || outDir is null)
        {
            return Usage(error, "--roles and --out are required");
        }

        if (!noData && (data ??= FindUsData()) is null)
        {
            return Usage(error, $"no {RepositoryUsData} found above {Directory.GetCurrentDirectory()}: pass --data DIR or --no-data");
        }

        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var files = SyntheticContentGenerator.Generate(new GeneratorOptions(roles.Value, outDir, seed, reviewed, noData ? null : data));
            var withData = noData ? "no US data" : $"US data from {Path.GetFullPath(data!)}";
            output.WriteLine($"wrote {files} synthetic content files ({roles} roles, seed {seed}, {withData}) to {Path.GetFullPath(outDir)} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    private const string RepositoryUsData = "content/data/us";

    /// <summary>The repository's content/data/us, from the current folder or the tool's own folder upwards.</summary>
    private static string? FindUsData()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RepositoryUsData);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        error.WriteLine("usage: CareerCluster.ContentGenerator --roles N --out DIR [--seed S] [--reviewed YYYY-MM-DD] [--data DIR | --no-data]");
        return 2;
    }
}
