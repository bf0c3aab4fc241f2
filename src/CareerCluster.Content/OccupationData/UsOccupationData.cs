namespace CareerCluster.Content.OccupationData;

/// <summary>A BLS wage figure: an amount, "at or above" the top-coded amount ('#'), or no estimate ('*', '**').</summary>
public sealed record Wage(decimal? Amount, bool AtOrAbove)
{
    public static readonly Wage None = new(null, false);
}

/// <summary>OEWS national figures for one SOC occupation (the row whose code matches the O*NET code exactly).</summary>
public sealed record OccupationWages(
    string SocCode, string SocTitle, long? Employment,
    Wage AnnualMean, Wage AnnualP10, Wage AnnualP25, Wage AnnualMedian, Wage AnnualP75, Wage AnnualP90, Wage HourlyMedian);

/// <summary>Employment Projections figures (employment and openings in thousands, as BLS publishes them).</summary>
public sealed record OccupationProjection(
    string SocCode, string SocTitle, decimal? EmploymentBase, decimal? EmploymentProjected, decimal? ChangePercent, decimal? AnnualOpenings,
    string? EntryEducation, string? WorkExperience, string? OnTheJobTraining);

public sealed record EducationShare(int Category, string Level, decimal Percent);

/// <summary>O*NET's six RIASEC scores (1-7) and its high points, in order (for example "SIC").</summary>
public sealed record InterestProfile(decimal Realistic, decimal Investigative, decimal Artistic, decimal Social, decimal Enterprising, decimal Conventional, string HighPoints)
{
    public decimal Score(char letter) => letter switch
    {
        'R' => Realistic,
        'I' => Investigative,
        'A' => Artistic,
        'S' => Social,
        'E' => Enterprising,
        'C' => Conventional,
        _ => throw new ArgumentOutOfRangeException(nameof(letter)),
    };
}

/// <summary>Everything the data files say about one O*NET occupation, joined by code.</summary>
public sealed record OccupationRecord(
    string Code, string Title, string Description, int Line,
    IReadOnlyList<string> CoreTasks, InterestProfile? Interests, int? JobZone, IReadOnlyList<EducationShare> Education,
    IReadOnlyList<string> AlternateTitles, IReadOnlyList<string> ReportedTitles, IReadOnlyList<string> Related,
    OccupationWages? Wages, string? WagesNote, OccupationProjection? Projection, string? ProjectionNote,
    IReadOnlyList<string> ListedPathways);

/// <summary>One row of the Career Clusters listing: an occupation and the Health Science pathway(s) it is listed in.</summary>
public sealed record ListedOccupation(string Code, string Title, IReadOnlyList<string> Pathways, int Line);

/// <summary>An occupation left out of the site on purpose, with the editor's reason.</summary>
public sealed record ExcludedOccupation(string Code, string Reason, int Line);

public sealed record InterestType(char Letter, string Name, string Description);

public sealed record JobZoneLevel(int Zone, string Name, string Experience, string Education, string Training, string Examples);

/// <summary>An Employment Projections summary row (all occupations, healthcare groups).</summary>
public sealed record ProjectionSummary(string Code, string Title, decimal EmploymentBase, decimal EmploymentProjected, decimal ChangePercent, decimal AnnualOpenings);

/// <summary>One data set as the site credits it.</summary>
public sealed record DataRelease(string Key, string Name, string Publisher, string Release, string Licence, string LicenceUrl, string Url, string Folder, string Changes);

/// <summary>The US occupation data under content/data/us, read and joined.</summary>
public sealed class UsOccupationData
{
    public required IReadOnlyDictionary<string, OccupationRecord> Occupations { get; init; }
    public required IReadOnlyList<ListedOccupation> Listing { get; init; }

    /// <summary>The listing file, relative to the content folder, for PATH:LINE errors.</summary>
    public string ListingPath { get; init; } = "";
    public required IReadOnlyList<ExcludedOccupation> Excluded { get; init; }
    public required IReadOnlyList<InterestType> InterestTypes { get; init; }
    public required IReadOnlyList<JobZoneLevel> JobZones { get; init; }
    public required IReadOnlyList<ProjectionSummary> ProjectionSummaries { get; init; }
    public required IReadOnlyList<DataRelease> Releases { get; init; }

    public static UsOccupationData Empty { get; } = new()
    {
        Occupations = new Dictionary<string, OccupationRecord>(),
        Listing = [],
        Excluded = [],
        InterestTypes = [],
        JobZones = [],
        ProjectionSummaries = [],
        Releases = [],
    };

    public bool IsEmpty => Occupations.Count == 0;
}
