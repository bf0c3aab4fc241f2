using System.Globalization;
using CareerCluster.Data;
using CareerCluster.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Roles;

/// <summary>One wage figure as BLS published it: an amount, an amount "or more" (top-coded '#'), or no estimate.</summary>
/// <param name="Hourly">Hourly wages are published in cents ("$45.00"), annual ones in whole dollars ("$93,600").</param>
public sealed record WageFigure(string Label, decimal? Amount, bool OrMore, bool Hourly = false)
{
    public string Text => Amount is { } amount
        ? "$" + amount.ToString(Hourly ? "N2" : "N0", CultureInfo.InvariantCulture) + (OrMore ? " or more" : "")
        : "no estimate";
}

public sealed record PayFacts(WageFigure Median, IReadOnlyList<WageFigure> Percentiles, WageFigure Hourly, long? Employment, string Release, string BlsTitle);

public sealed record OutlookFacts(decimal? EmploymentBase, decimal? EmploymentProjected, decimal? ChangePercent, decimal? AllOccupationsPercent, decimal? AnnualOpenings, string Period)
{
    /// <summary>"2024" from "2024–34".</summary>
    public string FromYear => Period.Length >= 4 ? Period[..4] : Period;

    /// <summary>"2034" from "2024–34".</summary>
    public string ToYear => Period.Length >= 4 ? Period[..2] + Period[^2..] : Period;
}

public sealed record EntryFacts(string? Education, string? WorkExperience, string? OnTheJobTraining, JobZoneFacts? JobZone);

public sealed record JobZoneFacts(int Zone, string Name, string Education, string Experience, string Training);

public sealed record EducationBar(string Level, decimal Percent);

public sealed record InterestScore(string Letter, string Name, decimal? Score, bool HighPoint, string Description);

public sealed record RelatedOccupation(string Slug, string Title, string Code);

/// <summary>Everything a role page shows from its O*NET occupation and the BLS rows joined to it, with each release.</summary>
public sealed record OccupationFacts(
    string Code,
    string Title,
    string Description,
    IReadOnlyList<string> Tasks,
    int MoreTasks,
    PayFacts? Pay,
    string? WagesNote,
    OutlookFacts? Outlook,
    string? ProjectionNote,
    EntryFacts Entry,
    IReadOnlyList<EducationBar> EducationLevels,
    IReadOnlyList<InterestScore> Interests,
    string HighPoints,
    IReadOnlyList<string> AlsoCalled,
    int MoreTitles,
    IReadOnlyList<RelatedOccupation> Related,
    string OnetRelease,
    string OewsRelease,
    string ProjectionsRelease)
{
    public const int TaskLimit = 8;
    public const int TitleLimit = 8;

    /// <summary>The occupation for a role's code, or null when the role has none (or the code has no row).</summary>
    public static async Task<OccupationFacts?> LoadAsync(CareersDbContext db, string code, CancellationToken cancellationToken)
    {
        var occupation = await db.Occupations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken);
        if (occupation is null)
        {
            return null;
        }

        var releases = await db.DataReleases.AsNoTracking().ToDictionaryAsync(r => r.Key, r => r.Release, cancellationToken);
        var interestTypes = await db.InterestTypes.AsNoTracking().ToListAsync(cancellationToken);
        var zone = occupation.JobZone is { } z ? await db.JobZones.AsNoTracking().FirstOrDefaultAsync(j => j.Zone == z, cancellationToken) : null;
        var allOccupations = await db.ProjectionSummaries.AsNoTracking()
            .Where(s => s.Code == "00-0000").Select(s => (decimal?)s.ChangePercent).FirstOrDefaultAsync(cancellationToken);
        var relatedCodes = occupation.RelatedCodes;
        var relatedRoles = await db.Roles.AsNoTracking()
            .Where(r => r.OnetCode != null && relatedCodes.Contains(r.OnetCode))
            .Select(r => new { r.Slug, r.Title, Code = r.OnetCode! })
            .ToListAsync(cancellationToken);

        var oews = releases.GetValueOrDefault("oews", "");
        var ep = releases.GetValueOrDefault("ep", "");
        var titles = occupation.AlternateTitles.Concat(occupation.ReportedTitles)
            .Where(t => !string.Equals(t, occupation.Title, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var highPoints = occupation.InterestHighPoints ?? "";

        return new OccupationFacts(
            occupation.Code,
            occupation.Title,
            occupation.Description,
            occupation.CoreTasks.Take(TaskLimit).ToList(),
            Math.Max(0, occupation.CoreTasks.Count - TaskLimit),
            occupation.WagesNote is null ? ReadPay(occupation, oews) : null,
            occupation.WagesNote,
            occupation.ProjectionNote is null
                ? new OutlookFacts(occupation.EmploymentBase, occupation.EmploymentProjected, occupation.EmploymentChangePercent, allOccupations, occupation.AnnualOpenings, ep)
                : null,
            occupation.ProjectionNote,
            new EntryFacts(occupation.EntryEducation, occupation.WorkExperience, occupation.OnTheJobTraining,
                zone is null ? null : new JobZoneFacts(zone.Zone, zone.Name, zone.Education, zone.Experience, zone.Training)),
            occupation.EducationLevels.Where(e => e.Percent > 0).OrderBy(e => e.Category).Select(e => new EducationBar(e.Level, e.Percent)).ToList(),
            ReadInterests(occupation, interestTypes, highPoints),
            string.Join(", ", highPoints.Select(letter => interestTypes.FirstOrDefault(t => t.Letter == letter.ToString())?.Name ?? letter.ToString())),
            titles.Take(TitleLimit).ToList(),
            Math.Max(0, titles.Count - TitleLimit),
            relatedCodes.SelectMany(c => relatedRoles.Where(r => r.Code == c)).Where(r => r.Code != occupation.Code)
                .Select(r => new RelatedOccupation(r.Slug, r.Title, r.Code)).DistinctBy(r => r.Slug).ToList(),
            releases.GetValueOrDefault("onet", ""),
            oews,
            ep);
    }

    private static PayFacts ReadPay(Occupation o, string release)
    {
        WageFigure Figure(string label, string name, decimal? amount) => new(label, amount, o.WagesAtOrAbove.Contains(name), name == nameof(Occupation.HourlyMedian));
        return new PayFacts(
            Figure("Median", nameof(Occupation.AnnualMedian), o.AnnualMedian),
            [
                Figure("10th percentile", nameof(Occupation.AnnualP10), o.AnnualP10),
                Figure("25th percentile", nameof(Occupation.AnnualP25), o.AnnualP25),
                Figure("Median (50th)", nameof(Occupation.AnnualMedian), o.AnnualMedian),
                Figure("75th percentile", nameof(Occupation.AnnualP75), o.AnnualP75),
                Figure("90th percentile", nameof(Occupation.AnnualP90), o.AnnualP90),
            ],
            Figure("Hourly median", nameof(Occupation.HourlyMedian), o.HourlyMedian),
            o.Employment,
            release,
            o.Title);
    }

    private static List<InterestScore> ReadInterests(Occupation o, List<InterestType> types, string highPoints)
    {
        decimal? Score(string letter) => letter switch
        {
            "R" => o.InterestRealistic,
            "I" => o.InterestInvestigative,
            "A" => o.InterestArtistic,
            "S" => o.InterestSocial,
            "E" => o.InterestEnterprising,
            "C" => o.InterestConventional,
            _ => null,
        };
        return types.OrderBy(t => "RIASEC".IndexOf(t.Letter, StringComparison.Ordinal))
            .Select(t => new InterestScore(t.Letter, t.Name, Score(t.Letter), highPoints.Contains(t.Letter, StringComparison.Ordinal), t.Description))
            .ToList();
    }

    /// <summary>BLS publishes employment and openings in thousands; written out in full (3,391.0 -> "3,391,000").</summary>
    public static string Thousands(decimal thousands) => (thousands * 1000m).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"+4.9%" or "-1.2%" as BLS gives it, one decimal.</summary>
    public static string SignedPercent(decimal percent) =>
        (percent > 0 ? "+" : "") + percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
