using System.Text;
using System.Text.RegularExpressions;
using CareerCluster.Content.Loading;
using CareerCluster.Content.Model;
using CareerCluster.Content.Parsing;

namespace CareerCluster.Content.OccupationData;

/// <summary>What one import run did.</summary>
public sealed record ImportResult(IReadOnlyList<string> Created, int AlreadyCovered, int Excluded, IReadOnlyList<ContentDiagnostic> Problems);

/// <summary>
/// Writes a role file for each occupation in the Career Clusters listing that no role names yet, in its
/// (first) pathway's folder. It never overwrites a file, so it can run again after every data update.
/// </summary>
public static partial class OccupationImporter
{
    [GeneratedRegex(@"^onet:\s*[""']?(?<code>\d{2}-\d{4}\.\d{2})[""']?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex OnetLine();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotSlug();

    public static ImportResult Import(string contentRoot, DateOnly today)
    {
        var problems = new List<ContentDiagnostic>();
        var data = UsDataReader.Read(contentRoot, problems);
        if (data.IsEmpty || problems.Any(p => p.IsError))
        {
            if (!problems.Any(p => p.IsError))
            {
                problems.Add(new ContentDiagnostic(UsDataReader.Folder, 1, DiagnosticSeverity.Error, "no US occupation data to import from"));
            }

            return new ImportResult([], 0, 0, problems);
        }

        var roleFiles = ContentFiles.Enumerate(contentRoot)
            .Where(p => !UsDataReader.IsDataPath(p))
            .Select(p => (Path: p, Location: ContentLayout.Classify(p).Location))
            .Where(f => f.Location?.Kind == ContentKind.Role)
            .ToList();
        var covered = roleFiles
            .Select(f => OnetLine().Match(FrontMatterOf(Path.Combine(contentRoot, f.Path))))
            .Where(m => m.Success)
            .Select(m => m.Groups["code"].Value)
            .ToHashSet(StringComparer.Ordinal);
        var takenSlugs = roleFiles.Select(f => f.Location!.Slug).ToHashSet(StringComparer.Ordinal);
        var pathwayFolders = Directory.EnumerateDirectories(Path.Combine(contentRoot, "clusters"))
            .SelectMany(Directory.EnumerateDirectories)
            .Where(d => File.Exists(Path.Combine(d, ContentLayout.IndexFile)))
            .GroupBy(Path.GetFileName)
            .ToDictionary(g => g.Key!, g => g.First(), StringComparer.Ordinal);
        var excluded = data.Excluded.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);

        var created = new List<string>();
        var alreadyCovered = 0;
        foreach (var listed in data.Listing)
        {
            if (covered.Contains(listed.Code))
            {
                alreadyCovered++;
                continue;
            }

            if (excluded.Contains(listed.Code))
            {
                continue;
            }

            var pathway = Slug(listed.Pathways[0]);
            if (!pathwayFolders.TryGetValue(pathway, out var folder))
            {
                problems.Add(new ContentDiagnostic(data.ListingPath, listed.Line, DiagnosticSeverity.Error,
                    $"{listed.Code} is listed in the pathway '{listed.Pathways[0]}', which has no folder clusters/<cluster>/{pathway}/"));
                continue;
            }

            var occupation = data.Occupations[listed.Code];
            var slug = Slug(occupation.Title);
            if (takenSlugs.Contains(slug))
            {
                slug = $"{slug}-{Slug(listed.Code)}";
            }

            var path = Path.Combine(folder, slug + ".md");
            if (File.Exists(path))
            {
                continue;
            }

            File.WriteAllText(path, RoleFile(occupation, today), new UTF8Encoding(false));
            takenSlugs.Add(slug);
            created.Add(Path.GetRelativePath(contentRoot, path).Replace('\\', '/'));
        }

        return new ImportResult(created, alreadyCovered, excluded.Count, problems);
    }

    /// <summary>"Medical Scientists, Except Epidemiologists" becomes medical-scientists-except-epidemiologists.</summary>
    public static string Slug(string text) => NotSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');

    private static string RoleFile(OccupationRecord occupation, DateOnly today) =>
        $"""
        ---
        title: "{occupation.Title.Replace("\"", "\\\"", StringComparison.Ordinal)}"
        onet: "{occupation.Code}"
        last_reviewed: {today:yyyy-MM-dd}
        sources:
          - name: "O*NET OnLine: {occupation.Title.Replace("\"", "\\\"", StringComparison.Ordinal)} ({occupation.Code})"
            url: "https://www.onetonline.org/link/summary/{occupation.Code}"
        ---

        """;

    private static string FrontMatterOf(string path)
    {
        var text = File.ReadAllText(path);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end > 0 ? text[..end] : text;
    }
}
