using System.Text.RegularExpressions;
using CareerCluster.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Quiz;

/// <summary>What the quiz and its results read: the statements, the six types, and every role that has an interest profile.</summary>
public static partial class QuizQuery
{
    public sealed record Statement(int Number, char Type, string Text);

    public sealed record TypeInfo(char Letter, string Name, string Description);

    /// <summary>A role that can be matched, with what its results row shows.</summary>
    /// <param name="EntryEducation">BLS's typical entry-level education (US roles with figures only).</param>
    public sealed record Candidate(
        string Slug, string Title, string Region, string PathwayTitle, RoleProfile Profile,
        decimal? AnnualMedian, bool MedianAtOrAbove, decimal? GrowthPercent, string? EntryEducation, string? Education);

    /// <param name="PayRelease">The OEWS release of the pay figures ("May 2024"); <paramref name="GrowthRelease"/> the projections' period ("2024–34").</param>
    public sealed record Data(
        IReadOnlyList<Statement> Statements, IReadOnlyList<TypeInfo> Types, IReadOnlyList<Candidate> Candidates, int WithoutProfile,
        string? PayRelease, string? GrowthRelease);

    /// <summary>BLS Employment Projections' entry-level education categories, lowest first.</summary>
    public static readonly IReadOnlyList<string> EducationLevels =
    [
        "No formal educational credential", "High school diploma or equivalent", "Some college, no degree", "Postsecondary nondegree award",
        "Associate's degree", "Bachelor's degree", "Master's degree", "Doctoral or professional degree",
    ];

    public static int EducationRank(string level) => EducationLevels.Contains(level) ? EducationLevels.ToList().IndexOf(level) : int.MaxValue;

    public static string EducationSlug(string level) => NotSlug().Replace(level.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal), "-").Trim('-');

    public static async Task<IReadOnlyList<Statement>> StatementsAsync(CareersDbContext db, CancellationToken cancellationToken) =>
        (await db.QuizStatements.OrderBy(s => s.Id).Select(s => new { s.Id, s.Type, s.Text }).ToListAsync(cancellationToken))
            .Select(s => new Statement(s.Id, s.Type[0], s.Text)).ToList();

    public static async Task<IReadOnlyList<TypeInfo>> TypesAsync(CareersDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.InterestTypes.Select(t => new { t.Letter, t.Name, t.Description }).ToListAsync(cancellationToken);
        return InterestScores.Letters
            .Select(letter => rows.FirstOrDefault(r => r.Letter == letter.ToString()) is { } row
                ? new TypeInfo(letter, row.Name, row.Description)
                : new TypeInfo(letter, Content.Quiz.Riasec.Name(letter), ""))
            .ToList();
    }

    public static async Task<Data> LoadAsync(CareersDbContext db, CancellationToken cancellationToken)
    {
        var statements = await StatementsAsync(db, cancellationToken);
        var types = await TypesAsync(db, cancellationToken);
        var occupations = (await db.Occupations.Where(o => o.InterestRealistic != null)
                .Select(o => new
                {
                    o.Code, o.Title, o.InterestHighPoints, o.AnnualMedian, o.WagesAtOrAbove, o.EmploymentChangePercent, o.EntryEducation,
                    R = o.InterestRealistic!.Value, I = o.InterestInvestigative!.Value, A = o.InterestArtistic!.Value,
                    S = o.InterestSocial!.Value, E = o.InterestEnterprising!.Value, C = o.InterestConventional!.Value,
                })
                .ToListAsync(cancellationToken))
            .ToDictionary(o => o.Code, o => (o.Title, o.InterestHighPoints, o.AnnualMedian, MedianAtOrAbove: o.WagesAtOrAbove.Contains("AnnualMedian"),
                o.EmploymentChangePercent, o.EntryEducation, Scores: new InterestScores([(double)o.R, (double)o.I, (double)o.A, (double)o.S, (double)o.E, (double)o.C])), StringComparer.Ordinal);
        var typical = RoleProfiles.TypicalShape(occupations.Values.Select(o => o.Scores));

        var roles = await db.Roles.OrderBy(r => r.Title)
            .Select(r => new { r.Slug, r.Title, r.Pathway.Cluster.Region, PathwayTitle = r.Pathway.Title, r.OnetCode, r.InterestCodes, r.InterestReason, r.Education, r.Crosswalk })
            .ToListAsync(cancellationToken);

        var candidates = new List<Candidate>();
        foreach (var role in roles)
        {
            if (role.OnetCode is { } code && occupations.TryGetValue(code, out var own) && !string.IsNullOrEmpty(own.InterestHighPoints))
            {
                candidates.Add(new Candidate(role.Slug, role.Title, role.Region, role.PathwayTitle,
                    RoleProfiles.FromOccupation(role.Slug, role.Title, own.Scores, own.InterestHighPoints, own.Title),
                    own.AnnualMedian, own.MedianAtOrAbove, own.EmploymentChangePercent, own.EntryEducation, role.Education));
                continue;
            }

            RoleProfile? profile = null;
            if (role.OnetCode is null && role.InterestCodes is { } codes)
            {
                profile = RoleProfiles.FromCodes(role.Slug, role.Title, codes, role.InterestReason ?? "", typical);
            }
            else if (role.OnetCode is null && role.Crosswalk.Count > 0)
            {
                var linked = role.Crosswalk.Select(c => c.OnetCode).Where(occupations.ContainsKey).Select(c => (occupations[c].Title, occupations[c].Scores)).ToList();
                profile = RoleProfiles.FromCrosswalk(role.Slug, role.Title, linked);
            }

            if (profile is not null)
            {
                candidates.Add(new Candidate(role.Slug, role.Title, role.Region, role.PathwayTitle, profile, null, false, null, null, role.Education));
            }
        }

        var releases = await db.DataReleases.Where(r => r.Key == "oews" || r.Key == "ep").ToDictionaryAsync(r => r.Key, r => r.Release, cancellationToken);
        return new Data(statements, types, candidates, roles.Count - candidates.Count, releases.GetValueOrDefault("oews"), releases.GetValueOrDefault("ep"));
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotSlug();
}
