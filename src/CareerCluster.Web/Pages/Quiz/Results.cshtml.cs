using CareerCluster.Data;
using CareerCluster.Web.Pages.Compare;
using CareerCluster.Web.Seo;
using CareerCluster.Web.Sharing;
using Microsoft.AspNetCore.Mvc;

namespace CareerCluster.Web.Pages.Quiz;

/// <summary>
/// The results of the interest check, all from the URL: the answers (one digit per statement), and optionally a
/// system and an entry-education level to narrow the list. A bad link gets a 400 page that says what is wrong.
/// </summary>
public sealed class ResultsModel(CareersDbContext db, SiteUrls urls, QrCodes qrCodes) : SitePageModel
{
    public const int RolesPerSystem = 10;

    public sealed record TypeScore(QuizQuery.TypeInfo Type, int Score, int Max);

    public sealed record SystemMatches(string Region, string Name, IReadOnlyList<(RoleMatch Match, QuizQuery.Candidate Role)> Rows, int Total);

    public sealed record FilterLink(string Label, string Path, bool Current);

    public string? Problem { get; private set; }
    public QuizAnswers Answers { get; private set; } = null!;
    public IReadOnlyList<TypeScore> Profile { get; private set; } = [];
    public IReadOnlyList<TypeScore> TopTypes { get; private set; } = [];
    public IReadOnlyList<SystemMatches> Systems { get; private set; } = [];
    public IReadOnlyList<FilterLink> SystemLinks { get; private set; } = [];
    public IReadOnlyList<FilterLink> EducationLinks { get; private set; } = [];
    public string? System { get; private set; }
    public string? Education { get; private set; }
    public int WithoutProfile { get; private set; }
    public string? PayRelease { get; private set; }
    public string? GrowthRelease { get; private set; }
    public string CompareUrl { get; private set; } = "";
    public string ShareUrl { get; private set; } = "";
    public string? ShareQrSvg { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? system, string? education, CancellationToken cancellationToken)
    {
        var data = await QuizQuery.LoadAsync(db, cancellationToken);
        if (data.Statements.Count == 0)
        {
            return NotFound();
        }

        if (!Request.Query.ContainsKey("a") && Request.Query.ContainsKey("q1"))
        {
            // The quiz form sends one field per statement; the results live at the compact link.
            var (fromForm, unanswered) = QuizAnswers.FromForm(name => Request.Query[name].Count == 1 ? Request.Query[name][0] : null, data.Statements.Count);
            return fromForm is not null
                ? Redirect(ResultsPath(fromForm, null, null))
                : Fail($"Statement {unanswered} (\u201c{data.Statements[unanswered!.Value - 1].Text}\u201d) has no answer. Go back and choose dislike, not sure or like for every statement.");
        }

        var (answers, problem) = QuizAnswers.Parse(Request.Query["a"].ToArray(), data.Statements.Count);
        if (answers is null)
        {
            return Fail(problem!);
        }

        var educationLevels = data.Candidates.Select(c => c.EntryEducation).OfType<string>().Distinct()
            .OrderBy(level => QuizQuery.EducationRank(level)).ThenBy(level => level, StringComparer.Ordinal)
            .ToList();
        if (system is not null and not "us" and not "nhs")
        {
            return Fail($"'system' in this link must be us or nhs, not \u201c{Trim(system)}\u201d.");
        }

        var educationLevel = education is null ? null : educationLevels.FirstOrDefault(level => QuizQuery.EducationSlug(level) == education);
        if (education is not null && educationLevel is null)
        {
            return Fail($"'education' in this link is not one of the levels this page lists: \u201c{Trim(education)}\u201d.");
        }

        Answers = answers;
        System = system;
        Education = education;
        var scores = answers.Scores(data.Statements.Select(s => s.Type).ToList());
        Profile = data.Types.Select(t => new TypeScore(t, (int)scores[t.Letter], 2 * data.Statements.Count(s => s.Type == t.Letter))).ToList();
        var highPoints = InterestMatcher.StudentHighPoints(scores);
        TopTypes = highPoints.Select(letter => Profile.Single(p => p.Type.Letter == letter)).ToList();
        WithoutProfile = data.WithoutProfile;
        (PayRelease, GrowthRelease) = (data.PayRelease, data.GrowthRelease);

        var candidates = data.Candidates.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var ranked = InterestMatcher.Rank(scores, data.Candidates.Select(c => c.Profile))
            .Select(m => (Match: m, Role: candidates[m.Role.Slug]))
            .Where(x => educationLevel is null || x.Role.EntryEducation == educationLevel)
            .ToList();
        Systems = new[] { ("US", "us", "US roles (Health Science career cluster)"), ("UK", "nhs", "NHS roles (healthcare science)") }
            .Where(s => system is null || system == s.Item2)
            .Select(s =>
            {
                var rows = ranked.Where(x => x.Role.Region == s.Item1).ToList();
                return new SystemMatches(s.Item1, s.Item3, rows.Take(RolesPerSystem).ToList(), rows.Count);
            })
            .ToList();

        SystemLinks =
        [
            new("Both systems", ResultsPath(answers, null, education), system is null),
            new("US only", ResultsPath(answers, "us", education), system == "us"),
            new("NHS only", ResultsPath(answers, "nhs", education), system == "nhs"),
        ];
        EducationLinks = [new("Any education", ResultsPath(answers, system, null), education is null),
            .. educationLevels.Select(level => new FilterLink(level, ResultsPath(answers, system, QuizQuery.EducationSlug(level)), level == educationLevel))];

        var top = Systems.Count == 1
            ? Systems[0].Rows.Take(Shortlist.MaxRoles)
            : Systems.SelectMany(s => s.Rows.Take(Shortlist.MaxRoles / Systems.Count));
        var shortlist = top.Select(x => x.Role.Slug).ToList();
        CompareUrl = shortlist.Count >= 2 ? new Shortlist(shortlist, []).Path() : "";

        var path = ResultsPath(answers, system, education);
        ShareUrl = urls.Absolute(path);
        ShareQrSvg = qrCodes.Svg(ShareUrl);
        Meta = new PageMeta
        {
            Title = "Your interest check results",
            Description = "The health-science roles in the US and the NHS whose interests are closest to yours.",
            Path = path,
            Breadcrumbs = [new("Home", "/"), new("Interest check", "/quiz"), new("Results", path)],
            NoIndex = true,
        };
        return Page();
    }

    public static string ResultsPath(QuizAnswers answers, string? system, string? education) =>
        "/quiz/results?a=" + answers.Compact
        + (system is null ? "" : "&system=" + system)
        + (education is null ? "" : "&education=" + education);

    private IActionResult Fail(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Meta = new PageMeta
        {
            Title = "This results link does not work",
            Description = "The interest check results link could not be read.",
            Path = "/quiz/results",
            Breadcrumbs = [new("Home", "/"), new("Interest check", "/quiz")],
            NoIndex = true,
        };
        return Page();
    }

    private static string Trim(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
