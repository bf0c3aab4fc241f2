namespace CareerCluster.Data.Entities;

/// <summary>One O*NET occupation with its BLS figures, joined from content/data/us at build time.</summary>
public sealed class Occupation
{
    /// <summary>The O*NET-SOC code, such as 29-1141.00.</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public List<string> CoreTasks { get; set; } = [];
    public List<string> AlternateTitles { get; set; } = [];
    public List<string> ReportedTitles { get; set; } = [];
    public List<string> RelatedCodes { get; set; } = [];

    /// <summary>The Health Science pathways the Career Clusters listing puts it in (empty when not listed).</summary>
    public List<string> ListedPathways { get; set; } = [];

    public int? JobZone { get; set; }
    public decimal? InterestRealistic { get; set; }
    public decimal? InterestInvestigative { get; set; }
    public decimal? InterestArtistic { get; set; }
    public decimal? InterestSocial { get; set; }
    public decimal? InterestEnterprising { get; set; }
    public decimal? InterestConventional { get; set; }

    /// <summary>O*NET's interest high points in order, as letters ("SIC").</summary>
    public string? InterestHighPoints { get; set; }

    public List<EducationLevelShare> EducationLevels { get; set; } = [];

    /// <summary>OEWS national figures, only when the BLS row is this very occupation; else <see cref="WagesNote"/> says why not.</summary>
    public string? WagesNote { get; set; }
    public long? Employment { get; set; }
    public decimal? AnnualMean { get; set; }
    public decimal? AnnualP10 { get; set; }
    public decimal? AnnualP25 { get; set; }
    public decimal? AnnualMedian { get; set; }
    public decimal? AnnualP75 { get; set; }
    public decimal? AnnualP90 { get; set; }
    public decimal? HourlyMedian { get; set; }

    /// <summary>Which of the wage figures BLS top-coded ('#'): the amount shown is then "or more".</summary>
    public List<string> WagesAtOrAbove { get; set; } = [];

    /// <summary>Employment Projections, in thousands as BLS publishes them; <see cref="ProjectionNote"/> says why they are missing.</summary>
    public string? ProjectionNote { get; set; }
    public decimal? EmploymentBase { get; set; }
    public decimal? EmploymentProjected { get; set; }
    public decimal? EmploymentChangePercent { get; set; }
    public decimal? AnnualOpenings { get; set; }
    public string? EntryEducation { get; set; }
    public string? WorkExperience { get; set; }
    public string? OnTheJobTraining { get; set; }
}

public sealed class EducationLevelShare
{
    public int Category { get; set; }
    public required string Level { get; set; }
    public decimal Percent { get; set; }
}

/// <summary>One of O*NET's six RIASEC interest types with its description.</summary>
public sealed class InterestType
{
    public required string Letter { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
}

/// <summary>O*NET's plain-language description of a job zone (1-5).</summary>
public sealed class JobZone
{
    public int Zone { get; set; }
    public required string Name { get; set; }
    public required string Experience { get; set; }
    public required string Education { get; set; }
    public required string Training { get; set; }
    public required string Examples { get; set; }
}

/// <summary>An Employment Projections summary row: all occupations (00-0000) or a healthcare group (29-0000, 31-0000).</summary>
public sealed class ProjectionSummary
{
    public required string Code { get; set; }
    public required string Title { get; set; }
    public decimal EmploymentBase { get; set; }
    public decimal EmploymentProjected { get; set; }
    public decimal ChangePercent { get; set; }
    public decimal AnnualOpenings { get; set; }
}

/// <summary>A data set the site uses, with its release and licence, for attribution and /about/data.</summary>
public sealed class DataRelease
{
    /// <summary>"onet", "oews", "ep" or "clusters".</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string Publisher { get; set; }
    public required string Release { get; set; }
    public required string Licence { get; set; }
    public required string LicenceUrl { get; set; }
    public required string Url { get; set; }
    public required string Folder { get; set; }
    public required string Changes { get; set; }
}
