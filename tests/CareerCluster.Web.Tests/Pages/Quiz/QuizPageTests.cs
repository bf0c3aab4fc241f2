using System.Net;
using CareerCluster.Data;
using CareerCluster.Web.Pages.Quiz;
using CareerCluster.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCluster.Web.Tests.Pages.Quiz;

/// <summary>The interest check and its results on the real content: the form, the matches, and bad links.</summary>
public sealed class QuizPageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    /// <summary>The statement types in quiz order, read from the form's fieldsets.</summary>
    private async Task<List<(char Type, string Text)>> StatementsAsync()
    {
        var page = await _client.GetOkPageAsync("/quiz");
        return page.Document.QuerySelectorAll("fieldset.quiz-group")
            .SelectMany(group => group.QuerySelectorAll("fieldset.quiz-statement").Select(s => (
                Type: group.QuerySelector("legend")!.TextContent.Trim()[0],
                Text: Html.Squash(s.QuerySelector("legend")!.TextContent))))
            .ToList();
    }

    private static string Answers(List<(char Type, string Text)> statements, Func<(char Type, string Text), bool> like) =>
        string.Concat(statements.Select(s => like(s) ? '2' : '0'));

    private static List<string> Matches(Page page, string region) =>
        page.Document.QuerySelectorAll($"section.match-system.region-{region} li.match").Select(li => li.GetAttribute("data-slug")!).ToList();

    [Fact]
    public async Task The_quiz_is_a_get_form_of_thirty_statements_in_six_fieldsets_with_three_choices_each()
    {
        var page = await _client.GetOkPageAsync("/quiz");

        var form = page.Document.QuerySelector("form.quiz-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/quiz/results", form.GetAttribute("action"));
        var groups = page.Document.QuerySelectorAll("fieldset.quiz-group");
        Assert.Equal(["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"],
            groups.Select(g => g.QuerySelector("legend")!.TextContent.Split(' ')[0]));
        Assert.All(groups, g => Assert.Equal(5, g.QuerySelectorAll("fieldset.quiz-statement").Length));
        Assert.All(page.Document.QuerySelectorAll("fieldset.quiz-statement"), s => Assert.Equal(3, s.QuerySelectorAll("input[type='radio'][required]").Length));
        Assert.Contains("not a validated assessment", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href='https://www.mynextmove.org/explore/ip']"));
    }

    [Fact]
    public async Task The_form_answers_redirect_to_the_compact_results_link()
    {
        var query = string.Join('&', Enumerable.Range(1, 30).Select(i => $"q{i}={i % 3}"));

        var response = await _client.GetAsync("/quiz/results?" + query);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/quiz/results?a=" + string.Concat(Enumerable.Range(1, 30).Select(i => i % 3)), response.Headers.Location!.OriginalString);
    }

    /// <summary>The whole ranking on the real database, per system ("US" or "UK"), for answers given as a predicate.</summary>
    private async Task<(List<(RoleMatch Match, QuizQuery.Candidate Role)> Us, List<(RoleMatch Match, QuizQuery.Candidate Role)> Nhs, string Answers)> RankAsync(
        Func<(char Type, string Text), bool> like)
    {
        var statements = await StatementsAsync();
        using var scope = factory.Services.CreateScope();
        var data = await QuizQuery.LoadAsync(scope.ServiceProvider.GetRequiredService<CareersDbContext>(), CancellationToken.None);
        var answers = Answers(statements, like);
        var scores = QuizAnswers.Parse([answers], statements.Count).Answers!.Scores(statements.Select(s => s.Type).ToList());
        var bySlug = data.Candidates.ToDictionary(c => c.Slug);
        var ranked = InterestMatcher.Rank(scores, data.Candidates.Select(c => c.Profile)).Select(m => (m, bySlug[m.Role.Slug])).ToList();
        return (ranked.Where(x => x.Item2.Region == "US").ToList(), ranked.Where(x => x.Item2.Region == "UK").ToList(), answers);
    }

    [Fact]
    public async Task Liking_only_the_social_statements_puts_social_first_roles_first_in_both_systems()
    {
        var (us, nhs, answers) = await RankAsync(s => s.Type == 'S');

        // US: every role whose first O*NET high point is Social ranks above every other role, and nurses are among them.
        var socialFirst = us.TakeWhile(x => x.Match.Role.HighPoints[0] == 'S').ToList();
        Assert.True(socialFirst.Count >= 20, $"only {socialFirst.Count} Social-first roles lead the US list");
        Assert.DoesNotContain(us.Skip(socialFirst.Count), x => x.Match.Role.HighPoints[0] == 'S');
        Assert.Contains(socialFirst, x => x.Role.Slug == "nurses");

        // NHS: today's healthcare-science roles have no Social-first profile; whichever do come first, then the most Social.
        Assert.DoesNotContain(nhs.SkipWhile(x => x.Match.Role.HighPoints[0] == 'S'), x => x.Match.Role.HighPoints[0] == 'S');
        Assert.NotEmpty(nhs);

        var page = await _client.GetOkPageAsync("/quiz/results?a=" + answers);
        Assert.StartsWith("Social", page.Document.QuerySelector(".top-types dt")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(us.Take(ResultsModel.RolesPerSystem).Select(x => x.Role.Slug), Matches(page, "us"));
        Assert.Equal(nhs.Take(ResultsModel.RolesPerSystem).Select(x => x.Role.Slug), Matches(page, "uk"));
        Assert.Contains("Its strongest interest, Social, is one of yours", Html.Squash(page.Document.QuerySelector("section.region-us li.match")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Liking_only_the_equipment_and_lab_statements_puts_engineers_and_laboratory_roles_at_the_top()
    {
        static bool EquipmentOrLab((char Type, string Text) s) =>
            (s.Type is 'R' or 'I') && (s.Text.Contains("equipment", StringComparison.Ordinal) || s.Text.Contains("devices", StringComparison.Ordinal)
                || s.Text.Contains("laboratory", StringComparison.Ordinal) || s.Text.Contains("microscope", StringComparison.Ordinal)
                || s.Text.Contains("experiments", StringComparison.Ordinal));

        var (us, nhs, answers) = await RankAsync(EquipmentOrLab);

        Assert.Contains(answers, c => c == '2');
        var topUs = us.Take(10).Select(x => x.Role.Slug).ToList();
        Assert.Contains("bioengineers-and-biomedical-engineers", topUs);
        Assert.Contains("medical-laboratory-technologists", topUs);
        var topNhs = nhs.Take(4).Select(x => x.Role.Slug).ToList();
        // NHS: clinical engineering (medical engineers) and a life-sciences laboratory role.
        Assert.Contains("medical-engineer", topNhs);
        Assert.Contains(nhs.Take(4), x => x.Role.PathwayTitle == "Life sciences");

        var page = await _client.GetOkPageAsync("/quiz/results?a=" + answers);
        Assert.Equal(topUs, Matches(page, "us"));
    }

    [Fact]
    public async Task Results_narrow_by_system_and_education_with_plain_links_and_offer_a_compare_shortlist_and_qr_code()
    {
        var (us, _, answers) = await RankAsync(s => s.Type == 'S');
        var page = await _client.GetOkPageAsync("/quiz/results?a=" + answers);

        var links = page.Document.QuerySelectorAll("nav.quiz-filters a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains($"/quiz/results?a={answers}&system=us", links);
        Assert.Contains($"/quiz/results?a={answers}&system=nhs", links);
        Assert.Contains($"/quiz/results?a={answers}&education=bachelors-degree", links);
        var compare = page.Document.QuerySelector(".quiz-actions a")!.GetAttribute("href")!;
        Assert.StartsWith("/compare?roles=", compare, StringComparison.Ordinal);
        Assert.Equal(4, compare["/compare?roles=".Length..].Split(',').Length);
        Assert.NotNull(page.Document.QuerySelector("svg.qr-code"));
        Assert.NotNull(page.Document.QuerySelector("figure.interest-chart svg[role='img']"));
        Assert.Equal(6, page.Document.QuerySelectorAll("table.interest-table tbody tr").Length);

        var usOnly = await _client.GetOkPageAsync($"/quiz/results?a={answers}&system=us&education=bachelors-degree");
        Assert.Empty(Matches(usOnly, "uk"));
        var expected = us.Where(x => x.Role.EntryEducation == "Bachelor's degree").Take(ResultsModel.RolesPerSystem).Select(x => x.Role.Slug).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Matches(usOnly, "us"));
        Assert.Contains("nurses", Matches(usOnly, "us"));
    }

    [Theory]
    [InlineData("", "no answers")]
    [InlineData("?a=", "no answers")]
    [InlineData("?a=012", "Part of it may be missing")]
    [InlineData("?a=01201201201201201201201201201x", "Answer 30 in this link is 'x'")]
    [InlineData("?a=012012012012012012012012012013", "Answer 30 in this link is '3'")]
    [InlineData("?a=012012012012012012012012012012&a=012012012012012012012012012012", "more than one set of answers")]
    [InlineData("?a=012012012012012012012012012012&system=mars", "must be us or nhs")]
    [InlineData("?a=012012012012012012012012012012&education=wizard", "not one of the levels")]
    [InlineData("?q1=2", "Statement 2")]
    public async Task A_tampered_link_gets_a_400_page_that_says_what_is_wrong(string query, string message)
    {
        var page = await _client.GetPageAsync("/quiz/results" + query);

        Assert.Equal(HttpStatusCode.BadRequest, page.Response.StatusCode);
        Assert.Contains(message, page.Document.QuerySelector("main p.notice--error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/quiz']"));
    }

    [Fact]
    public async Task Ten_thousand_digits_get_a_400_page_not_an_error()
    {
        var page = await _client.GetPageAsync("/quiz/results?a=" + new string('1', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, page.Response.StatusCode);
        Assert.Contains("more answers than the quiz has statements", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_answers_for_every_type_show_no_pattern_and_no_roles()
    {
        var page = await _client.GetOkPageAsync("/quiz/results?a=" + new string('1', 30));

        Assert.Contains("no pattern to match", page.MainText, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("li.match"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/pathways/diagnostic-services")]
    [InlineData("/pathways/life-sciences")]
    public async Task The_home_page_and_pathway_pages_invite_students_to_the_quiz(string path)
    {
        var page = await _client.GetOkPageAsync(path);

        Assert.NotNull(page.Document.QuerySelector("main .quiz-invite a[href='/quiz']"));
    }
}
