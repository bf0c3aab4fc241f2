using System.Globalization;
using System.Text.RegularExpressions;
using CareerCluster.Content.Loading;
using CareerCluster.Content.Model;

namespace CareerCluster.Content.OccupationData;

/// <summary>
/// Reads the US occupation data under content/data/us (O*NET, BLS OEWS and Employment Projections, the Career
/// Clusters listing) and joins it by O*NET-SOC code. File names carry no release except where BLS puts the
/// year in them, so next year's files drop in unchanged; every problem is reported as PATH:LINE.
/// </summary>
public static partial class UsDataReader
{
    public const string Folder = "data/us";
    private const string Onet = Folder + "/onet/";
    public const string ExcludedFile = Folder + "/excluded-occupations.tsv";
    private const string Code = "O*NET-SOC Code";
    private static readonly string[] RiasecNames = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];
    private const string RiasecLetters = "RIASEC";

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex OnetCodePattern();

    [GeneratedRegex(@"^national_M(?<year>\d{4})_dl\.health\.tsv$", RegexOptions.CultureInvariant)]
    private static partial Regex OewsFile();

    [GeneratedRegex(@"^occupation_(?<from>\d{4})-(?<to>\d{2})_Table1\.2\.health\.tsv$", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectionsFile();

    [GeneratedRegex(@"^O\*NET (?<version>\d+\.\d+) Database$", RegexOptions.CultureInvariant)]
    private static partial Regex OnetReadMeTitle();

    /// <summary>True for paths of the data folder, which are data rather than pages.</summary>
    public static bool IsDataPath(string relativePath) => relativePath.StartsWith(Folder + "/", StringComparison.Ordinal) || relativePath == Folder;

    public static UsOccupationData Read(string contentRoot, List<ContentDiagnostic> diagnostics)
    {
        if (!Directory.Exists(Path.Combine(contentRoot, Folder)))
        {
            return UsOccupationData.Empty;
        }

        var before = diagnostics.Count(d => d.IsError);
        var onetRelease = ReadOnetRelease(contentRoot, diagnostics);
        var (oewsPath, oewsRelease) = FindByPattern(contentRoot, Folder + "/bls-oews", OewsFile(), m => $"May {m.Groups["year"].Value}", diagnostics);
        var (projectionsPath, projectionsRelease) = FindByPattern(contentRoot, Folder + "/bls-ep", ProjectionsFile(),
            m => $"{m.Groups["from"].Value}–{m.Groups["to"].Value}", diagnostics);
        var columns = ProjectionColumns.For(projectionsRelease ?? "2024–34");
        var listingPath = FindSingle(contentRoot, Folder + "/career-clusters", "*.csv", diagnostics);

        var occupations = Table(contentRoot, Onet + "Occupation Data.txt", [Code, "Title", "Description"], diagnostics);
        var tasks = Table(contentRoot, Onet + "Task Statements.txt", [Code, "Task", "Task Type"], diagnostics);
        var interests = Table(contentRoot, Onet + "Interests.txt", [Code, "Element Name", "Scale ID", "Data Value"], diagnostics);
        var jobZones = Table(contentRoot, Onet + "Job Zones.txt", [Code, "Job Zone"], diagnostics);
        var jobZoneReference = Table(contentRoot, Onet + "Job Zone Reference.txt", ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples"], diagnostics);
        var education = Table(contentRoot, Onet + "Education, Training, and Experience.txt", [Code, "Scale ID", "Category", "Data Value"], diagnostics);
        var educationCategories = Table(contentRoot, Onet + "Education, Training, and Experience Categories.txt", ["Scale ID", "Category", "Category Description"], diagnostics);
        var alternateTitles = Table(contentRoot, Onet + "Alternate Titles.txt", [Code, "Alternate Title"], diagnostics);
        var reportedTitles = Table(contentRoot, Onet + "Sample of Reported Titles.txt", [Code, "Reported Job Title"], diagnostics);
        var related = Table(contentRoot, Onet + "Related Occupations.txt", [Code, "Related O*NET-SOC Code", "Index"], diagnostics);
        var contentModel = Table(contentRoot, Onet + "Content Model Reference.txt", ["Element ID", "Element Name", "Description"], diagnostics);
        var oews = oewsPath is null ? null : Table(contentRoot, oewsPath, ["OCC_CODE", "OCC_TITLE", "TOT_EMP", "A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "H_MEDIAN"], diagnostics);
        var projections = projectionsPath is null ? null : Table(contentRoot, projectionsPath, columns.All, diagnostics);
        var listing = listingPath is null ? null : Table(contentRoot, listingPath, ["Career Cluster", "Career Pathway", "Code", "Occupation"], diagnostics);
        var excluded = File.Exists(Path.Combine(contentRoot, ExcludedFile)) ? Table(contentRoot, ExcludedFile, [Code, "Reason"], diagnostics) : null;

        if (diagnostics.Count(d => d.IsError) > before || occupations is null || tasks is null || interests is null || jobZones is null
            || jobZoneReference is null || education is null || educationCategories is null || alternateTitles is null || reportedTitles is null
            || related is null || contentModel is null || oews is null || projections is null || listing is null)
        {
            return UsOccupationData.Empty;
        }

        var oewsBySoc = oews.Rows.GroupBy(r => r["OCC_CODE"]).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var projectionsBySoc = projections.Rows.GroupBy(r => r[columns.Code]).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var levelNames = educationCategories.Rows.Where(r => r["Scale ID"] == "RL")
            .ToDictionary(r => ParseInt(r["Category"]) ?? 0, r => ShortLevel(r["Category Description"]));
        var listed = ReadListing(listing, diagnostics);
        var pathwaysByCode = listed.ToDictionary(l => l.Code, l => l.Pathways, StringComparer.Ordinal);

        var coreTasks = tasks.Rows.Where(r => r["Task Type"] == "Core").ToLookup(r => r[Code], r => r["Task"]);
        var interestRows = interests.Rows.ToLookup(r => r[Code]);
        var zones = jobZones.Rows.ToDictionary(r => r[Code], r => ParseInt(r["Job Zone"]), StringComparer.Ordinal);
        var educationRows = education.Rows.Where(r => r["Scale ID"] == "RL").ToLookup(r => r[Code]);
        var alternates = alternateTitles.Rows.ToLookup(r => r[Code], r => r["Alternate Title"]);
        var reported = reportedTitles.Rows.ToLookup(r => r[Code], r => r["Reported Job Title"]);
        var relatedCodes = related.Rows.OrderBy(r => ParseInt(r["Index"]) ?? int.MaxValue).ToLookup(r => r[Code], r => r["Related O*NET-SOC Code"]);

        var records = new Dictionary<string, OccupationRecord>(StringComparer.Ordinal);
        foreach (var row in occupations.Rows)
        {
            var code = row[Code];
            if (!OnetCodePattern().IsMatch(code))
            {
                diagnostics.Add(Error(occupations.Path, row.Line, $"'{code}' is not an O*NET-SOC code such as 29-1141.00"));
                continue;
            }

            var (wages, wagesNote) = JoinWages(code, oewsBySoc, oewsRelease!, diagnostics, oews.Path);
            var (projection, projectionNote) = JoinProjection(code, projectionsBySoc, columns, projectionsRelease!, diagnostics, projections.Path);
            records[code] = new OccupationRecord(
                code, row["Title"], row["Description"], row.Line,
                [.. coreTasks[code]],
                ReadInterests(interestRows[code].ToList(), interests.Path, diagnostics),
                zones.GetValueOrDefault(code),
                [.. educationRows[code]
                    .Select(r => new EducationShare(ParseInt(r["Category"]) ?? 0, levelNames.GetValueOrDefault(ParseInt(r["Category"]) ?? 0, "?"), ParseDecimal(r["Data Value"]) ?? 0))
                    .OrderBy(e => e.Category)],
                [.. alternates[code].Distinct(StringComparer.OrdinalIgnoreCase)],
                [.. reported[code].Distinct(StringComparer.OrdinalIgnoreCase)],
                [.. relatedCodes[code]],
                wages, wagesNote, projection, projectionNote,
                pathwaysByCode.GetValueOrDefault(code) ?? []);
        }

        foreach (var entry in listed.Where(l => !records.ContainsKey(l.Code)))
        {
            diagnostics.Add(Error(listing.Path, entry.Line, $"the listing names {entry.Code} ({entry.Title}), which is not in {Onet}Occupation Data.txt"));
        }

        return new UsOccupationData
        {
            Occupations = records,
            Listing = listed,
            ListingPath = listing.Path,
            Excluded = excluded is null ? [] : ReadExcluded(excluded, records, diagnostics),
            InterestTypes = RiasecNames.Select((name, i) => new InterestType(RiasecLetters[i], name,
                contentModel.Rows.FirstOrDefault(r => r["Element Name"] == name && r["Element ID"].StartsWith("1.B.1.", StringComparison.Ordinal))?["Description"] ?? "")).ToList(),
            JobZones = jobZoneReference.Rows.Select(r => new JobZoneLevel(ParseInt(r["Job Zone"]) ?? 0, r["Name"], r["Experience"], r["Education"], r["Job Training"], r["Examples"])).ToList(),
            ProjectionSummaries = ReadSummaries(projections, columns),
            Releases = Releases(onetRelease ?? "", oewsRelease!, projectionsRelease!),
        };
    }

    private static (OccupationWages?, string?) JoinWages(string code, Dictionary<string, DataRow> bySoc, string release, List<ContentDiagnostic> diagnostics, string path)
    {
        var soc = code[..7];
        if (!bySoc.TryGetValue(soc, out var row))
        {
            return (null, $"BLS published no national wage estimate for this occupation for {release}.");
        }

        if (!code.EndsWith(".00", StringComparison.Ordinal))
        {
            return (null, $"BLS publishes pay only for the wider group \"{row["OCC_TITLE"]}\" ({soc}), which includes this occupation and others, so its figures are not shown as this occupation's.");
        }

        return (new OccupationWages(soc, row["OCC_TITLE"], ParseLong(row["TOT_EMP"]),
            ReadWage(row, "A_MEAN", path, diagnostics), ReadWage(row, "A_PCT10", path, diagnostics), ReadWage(row, "A_PCT25", path, diagnostics),
            ReadWage(row, "A_MEDIAN", path, diagnostics), ReadWage(row, "A_PCT75", path, diagnostics), ReadWage(row, "A_PCT90", path, diagnostics),
            ReadWage(row, "H_MEDIAN", path, diagnostics)), null);
    }

    private static (OccupationProjection?, string?) JoinProjection(string code, Dictionary<string, DataRow> bySoc, ProjectionColumns columns, string period, List<ContentDiagnostic> diagnostics, string path)
    {
        var soc = code[..7];
        if (!bySoc.TryGetValue(soc, out var row))
        {
            return (null, $"BLS's {period} projections have no row for this occupation.");
        }

        if (!code.EndsWith(".00", StringComparison.Ordinal))
        {
            return (null, $"BLS projects only the wider group \"{row[columns.Title]}\" ({soc}), which includes this occupation and others, so its figures are not shown as this occupation's.");
        }

        return (new OccupationProjection(soc, row[columns.Title],
            ProjectionNumber(row, columns.EmploymentBase, path, diagnostics), ProjectionNumber(row, columns.EmploymentProjected, path, diagnostics),
            ProjectionNumber(row, columns.ChangePercent, path, diagnostics), ProjectionNumber(row, columns.Openings, path, diagnostics),
            ProjectionText(row[columns.Education]), ProjectionText(row[columns.Experience]), ProjectionText(row[columns.Training])), null);
    }

    /// <summary>BLS's special values: '#' is top-coded ("at or above"), '*' and '**' mean no estimate.</summary>
    private static Wage ReadWage(DataRow row, string column, string path, List<ContentDiagnostic> diagnostics)
    {
        var text = row[column];
        switch (text)
        {
            case "*" or "**" or "":
                return Wage.None;
            case "#":
                return new Wage(column.StartsWith("H_", StringComparison.Ordinal) ? 115.00m : 239200m, true);
        }

        if (ParseDecimal(text) is { } amount)
        {
            return new Wage(amount, false);
        }

        diagnostics.Add(Error(path, row.Line, $"{column} is '{text}': expected a number, '#', '*' or '**'"));
        return Wage.None;
    }

    private static decimal? ProjectionNumber(DataRow row, string column, string path, List<ContentDiagnostic> diagnostics)
    {
        var text = row[column];
        if (text is "—" or "")
        {
            return null;
        }

        if (ParseDecimal(text) is { } value)
        {
            return value;
        }

        diagnostics.Add(Error(path, row.Line, $"'{column}' is '{text}': expected a number or '—'"));
        return null;
    }

    private static string? ProjectionText(string text) => text is "—" or "" ? null : text;

    private static InterestProfile? ReadInterests(List<DataRow> rows, string path, List<ContentDiagnostic> diagnostics)
    {
        var scores = RiasecNames.Select(name => rows.FirstOrDefault(r => r["Scale ID"] == "OI" && r["Element Name"] == name)).ToList();
        if (scores.Any(s => s is null))
        {
            return null;
        }

        var highPoints = rows.Where(r => r["Scale ID"] == "IH")
            .OrderBy(r => r["Element Name"] switch { "First Interest High-Point" => 1, "Second Interest High-Point" => 2, _ => 3 })
            .Select(r => ParseDecimal(r["Data Value"]) is { } v && v >= 1 && v <= 6 ? RiasecLetters[(int)v - 1].ToString() : "")
            .Where(s => s.Length > 0);
        var values = scores.Select(s => ParseDecimal(s!["Data Value"])).ToList();
        if (values.Any(v => v is null))
        {
            diagnostics.Add(Error(path, scores.First(s => ParseDecimal(s!["Data Value"]) is null)!.Line, "an interest score is not a number"));
            return null;
        }

        return new InterestProfile(values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value, values[4]!.Value, values[5]!.Value, string.Concat(highPoints));
    }

    private static List<ListedOccupation> ReadListing(DelimitedTable listing, List<ContentDiagnostic> diagnostics)
    {
        var result = new Dictionary<string, ListedOccupation>(StringComparer.Ordinal);
        foreach (var row in listing.Rows)
        {
            var clusters = row["Career Cluster"].Split("; ");
            var pathways = row["Career Pathway"].Split("; ");
            if (clusters.Length != pathways.Length)
            {
                diagnostics.Add(Error(listing.Path, row.Line, "the cluster and pathway lists have different lengths"));
                continue;
            }

            var healthPathways = pathways.Where((_, i) => clusters[i] == "Health Science").Distinct().ToList();
            var code = row["Code"];
            if (healthPathways.Count == 0)
            {
                continue;
            }

            if (!OnetCodePattern().IsMatch(code))
            {
                diagnostics.Add(Error(listing.Path, row.Line, $"'{code}' is not an O*NET-SOC code such as 29-1141.00"));
            }
            else if (!result.TryAdd(code, new ListedOccupation(code, row["Occupation"], healthPathways, row.Line)))
            {
                diagnostics.Add(Error(listing.Path, row.Line, $"{code} is listed twice (first on line {result[code].Line})"));
            }
        }

        return [.. result.Values];
    }

    private static List<ExcludedOccupation> ReadExcluded(DelimitedTable table, Dictionary<string, OccupationRecord> records, List<ContentDiagnostic> diagnostics)
    {
        var result = new List<ExcludedOccupation>();
        foreach (var row in table.Rows)
        {
            if (!records.ContainsKey(row[Code]))
            {
                diagnostics.Add(Error(table.Path, row.Line, $"'{row[Code]}' is not an occupation in {Onet}Occupation Data.txt"));
            }
            else if (row["Reason"].Length == 0)
            {
                diagnostics.Add(Error(table.Path, row.Line, $"say why {row[Code]} is left out: the Reason column is empty"));
            }
            else
            {
                result.Add(new ExcludedOccupation(row[Code], row["Reason"], row.Line));
            }
        }

        return result;
    }

    private static List<ProjectionSummary> ReadSummaries(DelimitedTable projections, ProjectionColumns columns) =>
        projections.Rows.Where(r => r[columns.Code] is "00-0000" or "29-0000" or "31-0000")
            .Select(r => new ProjectionSummary(r[columns.Code], r[columns.Title],
                ParseDecimal(r[columns.EmploymentBase]) ?? 0, ParseDecimal(r[columns.EmploymentProjected]) ?? 0,
                ParseDecimal(r[columns.ChangePercent]) ?? 0, ParseDecimal(r[columns.Openings]) ?? 0))
            .ToList();

    private static string? ReadOnetRelease(string contentRoot, List<ContentDiagnostic> diagnostics)
    {
        const string readMe = Onet + "Read Me.txt";
        var full = Path.Combine(contentRoot, readMe);
        if (!File.Exists(full))
        {
            diagnostics.Add(Error(readMe, 1, "data file missing: O*NET's Read Me.txt names the release"));
            return null;
        }

        if (ContentFiles.Unreadable(contentRoot, readMe) is { } reason)
        {
            diagnostics.Add(Error(readMe, 1, reason));
            return null;
        }

        var lines = File.ReadAllLines(full);
        var match = lines.Length > 0 ? OnetReadMeTitle().Match(lines[0].Trim()) : Match.Empty;
        if (!match.Success)
        {
            diagnostics.Add(Error(readMe, 1, "unknown O*NET release: the first line should read like 'O*NET 29.2 Database'"));
            return null;
        }

        var date = lines.Length > 1 ? lines[1].Replace("Release", "", StringComparison.Ordinal).Trim() : "";
        return date.Length > 0 ? $"{match.Groups["version"].Value} ({date})" : match.Groups["version"].Value;
    }

    private static (string? Path, string? Release) FindByPattern(string contentRoot, string folder, Regex pattern, Func<Match, string> release, List<ContentDiagnostic> diagnostics)
    {
        var full = Path.Combine(contentRoot, folder);
        var matches = Directory.Exists(full)
            ? Directory.EnumerateFiles(full).Select(Path.GetFileName).Select(n => pattern.Match(n!)).Where(m => m.Success).ToList()
            : [];
        if (matches.Count != 1)
        {
            diagnostics.Add(Error(folder, 1, matches.Count == 0
                ? $"no data file of a known release here: expected one file named like {Describe(pattern)}"
                : $"{matches.Count} releases here: keep only the newest file named like {Describe(pattern)}"));
            return (null, null);
        }

        return ($"{folder}/{matches[0].Value}", release(matches[0]));
    }

    private static string? FindSingle(string contentRoot, string folder, string searchPattern, List<ContentDiagnostic> diagnostics)
    {
        var full = Path.Combine(contentRoot, folder);
        var files = Directory.Exists(full) ? Directory.GetFiles(full, searchPattern) : [];
        if (files.Length != 1)
        {
            diagnostics.Add(Error(folder, 1, $"expected exactly one {searchPattern} file here, found {files.Length}"));
            return null;
        }

        return $"{folder}/{Path.GetFileName(files[0])}";
    }

    private static string Describe(Regex pattern) => pattern.ToString() switch
    {
        var p when p.Contains("national_M", StringComparison.Ordinal) => "national_M2024_dl.health.tsv",
        _ => "occupation_2024-34_Table1.2.health.tsv",
    };

    private static IReadOnlyList<DataRelease> Releases(string onet, string oews, string projections) =>
    [
        new("onet", "O*NET Database", "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)", onet,
            "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", "https://www.onetcenter.org/database.html", Onet,
            "Cut down to the health occupations; the site shows core tasks in file order, the six interest scores and high points, the job zone, the required-education distribution, alternate and reported titles and related occupations."),
        new("oews", "Occupational Employment and Wage Statistics (national)", "U.S. Bureau of Labor Statistics", oews,
            "Public domain", "https://www.bls.gov/opub/copyright-information.htm", "https://www.bls.gov/oes/", Folder + "/bls-oews/",
            "Cut down to the health occupations; '#' is shown as the published 'or more' amount and '*' or '**' as no estimate; figures for a wider SOC group are not shown as a narrower O*NET occupation's."),
        new("ep", "Employment Projections, Table 1.2", "U.S. Bureau of Labor Statistics", projections,
            "Public domain", "https://www.bls.gov/opub/copyright-information.htm", "https://www.bls.gov/emp/", Folder + "/bls-ep/",
            "Cut down to the health occupations; employment and openings, published in thousands, are written out in full."),
        new("clusters", "Career Clusters listing (Health Science)", "O*NET OnLine (USDOL/ETA); cluster and pathway names from Advance CTE's National Career Clusters Framework", "undated export (O*NET 28 era)",
            "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", "https://www.onetonline.org/find/career", Folder + "/career-clusters/",
            "Only the rows whose cluster includes Health Science; an occupation listed in two pathways has one page, in the first pathway listed unless an editor placed it."),
    ];

    private static DelimitedTable? Table(string contentRoot, string path, string[] columns, List<ContentDiagnostic> diagnostics) =>
        DelimitedTable.Read(contentRoot, path, columns, diagnostics);

    /// <summary>"Bachelor's Degree" from "Bachelor's Degree" and "Post-Secondary Certificate" from its long description.</summary>
    private static string ShortLevel(string description)
    {
        var cut = description.IndexOf(" - ", StringComparison.Ordinal);
        return cut > 0 ? description[..cut] : description;
    }

    private static int? ParseInt(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static long? ParseLong(string text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static decimal? ParseDecimal(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static ContentDiagnostic Error(string path, int line, string message) => new(path, line, DiagnosticSeverity.Error, message);

    /// <summary>The Table 1.2 columns the site reads; BLS names them with the projection years, so they follow the file's period.</summary>
    private sealed record ProjectionColumns(string Title, string Code, string EmploymentBase, string EmploymentProjected, string ChangePercent,
        string Openings, string Education, string Experience, string Training)
    {
        public string[] All => [Title, Code, EmploymentBase, EmploymentProjected, ChangePercent, Openings, Education, Experience, Training];

        /// <summary>For a period such as "2024–34".</summary>
        public static ProjectionColumns For(string period)
        {
            var from = period[..4];
            var to = from[..2] + period[^2..];
            return new ProjectionColumns($"{from} National Employment Matrix title", $"{from} National Employment Matrix code",
                $"Employment, {from}", $"Employment, {to}", $"Employment change, percent, {period}",
                $"Occupational openings, {period} annual average", "Typical education needed for entry",
                "Work experience in a related occupation", "Typical on-the-job training needed to attain competency in the occupation");
        }
    }
}
