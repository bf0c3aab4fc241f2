using System.Globalization;
using CareerCluster.Tests;

namespace CareerCluster.Web.Tests.Pages.Roles;

/// <summary>
/// The repository's US data files read directly, without the site's reader, so tests compare what a page shows
/// with what the publishers' files say.
/// </summary>
public static class UsDataFiles
{
    private static readonly string Root = Path.Combine(RepoPaths.Content, "data", "us");

    private static readonly Lazy<List<Dictionary<string, string>>> Oews = new(() => Read(Path.Combine(Root, "bls-oews", "national_M2024_dl.health.tsv")));
    private static readonly Lazy<List<Dictionary<string, string>>> Projections = new(() => Read(Path.Combine(Root, "bls-ep", "occupation_2024-34_Table1.2.health.tsv")));

    public static Dictionary<string, string> OewsRow(string soc) => Oews.Value.Single(r => r["OCC_CODE"] == soc);

    public static Dictionary<string, string>? OewsRowOrNull(string soc) => Oews.Value.SingleOrDefault(r => r["OCC_CODE"] == soc);

    public static Dictionary<string, string> ProjectionRow(string soc) => Projections.Value.Single(r => r["2024 National Employment Matrix code"] == soc);

    public static Dictionary<string, string> Occupation(string code) => Onet("Occupation Data.txt").Single(r => r["O*NET-SOC Code"] == code);

    public static List<string> CoreTasks(string code) =>
        Onet("Task Statements.txt").Where(r => r["O*NET-SOC Code"] == code && r["Task Type"] == "Core").Select(r => r["Task"]).ToList();

    public static Dictionary<string, decimal> Interests(string code, string scale) =>
        Onet("Interests.txt").Where(r => r["O*NET-SOC Code"] == code && r["Scale ID"] == scale)
            .ToDictionary(r => r["Element Name"], r => decimal.Parse(r["Data Value"], CultureInfo.InvariantCulture));

    public static int JobZone(string code) => int.Parse(Onet("Job Zones.txt").Single(r => r["O*NET-SOC Code"] == code)["Job Zone"], CultureInfo.InvariantCulture);

    /// <summary>"$93,600" from "93600"; "$239,200 or more" from '#'; "no estimate" from '*' or '**'.</summary>
    public static string Annual(string published) => published switch
    {
        "#" => "$239,200 or more",
        "*" or "**" => "no estimate",
        _ => "$" + decimal.Parse(published, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture),
    };

    public static string Hourly(string published) => published switch
    {
        "#" => "$115.00 or more",
        "*" or "**" => "no estimate",
        _ => "$" + decimal.Parse(published, CultureInfo.InvariantCulture).ToString("N2", CultureInfo.InvariantCulture),
    };

    /// <summary>Thousands as BLS publishes them, written out: "3391" -> "3,391,000", "189.1" -> "189,100".</summary>
    public static string Thousands(string published) =>
        (decimal.Parse(published, CultureInfo.InvariantCulture) * 1000m).ToString("N0", CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> Onet(string file) => OnetFiles.GetOrAdd(file, f => Read(Path.Combine(Root, "onet", f)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<Dictionary<string, string>>> OnetFiles = new();

    private static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var cells = l.Split('\t');
            return header.Select((h, i) => (h, Value: i < cells.Length ? cells[i].Trim() : "")).ToDictionary(x => x.h, x => x.Value);
        }).ToList();
    }
}
