using System.Globalization;

namespace CareerCluster.ContentGenerator;

/// <summary>
/// dotnet run --project tools/CareerCluster.ContentGenerator -c Release -- --roles N --out DIR [--seed S] [--reviewed YYYY-MM-DD]
/// </summary>
public static class GeneratorCli
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        int? roles = null;
        string? outDir = null;
        ulong seed = 42;
        var reviewed = SyntheticContentGenerator.DefaultLastReviewed;
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
                default:
                    return Usage(error, $"unexpected or invalid argument '{args[i]}'");
            }
        }

        if (roles is null || outDir is null)
        {
            return Usage(error, "--roles and --out are required");
        }

        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var files = SyntheticContentGenerator.Generate(new GeneratorOptions(roles.Value, outDir, seed, reviewed));
            output.WriteLine($"wrote {files} synthetic content files ({roles} roles, seed {seed}) to {Path.GetFullPath(outDir)} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        error.WriteLine("usage: CareerCluster.ContentGenerator --roles N --out DIR [--seed S] [--reviewed YYYY-MM-DD]");
        return 2;
    }
}
