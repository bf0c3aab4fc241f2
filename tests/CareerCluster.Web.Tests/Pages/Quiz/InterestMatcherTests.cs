using CareerCluster.Web.Pages.Quiz;

namespace CareerCluster.Web.Tests.Pages.Quiz;

/// <summary>The pure matching function and the profile and answer helpers around it.</summary>
public sealed class InterestMatcherTests
{
    private static InterestScores Scores(params double[] values) => new(values);

    private static RoleProfile Role(string slug, string title, string highPoints, params double[] scores) =>
        new(slug, title, Scores(scores), highPoints, "test");

    [Fact]
    public void Roles_sharing_the_strongest_interest_come_first_then_the_closest_profiles()
    {
        var student = Scores(0, 0, 0, 10, 0, 0);
        var roles = new[]
        {
            Role("broad-social", "Broad social", "SIC", 3.7, 4.8, 1.3, 5.6, 2.3, 4.6),
            Role("pure-enterprising", "Enterprising with social", "ES", 1, 1, 1, 5.0, 5.5, 1),
            Role("pure-social", "Pure social", "S", 1, 1, 1, 7, 1, 1),
            Role("lab", "Lab", "IRC", 5.8, 6.2, 1.1, 2.8, 1.6, 5.0),
        };

        var ranked = InterestMatcher.Rank(student, roles);

        Assert.Equal(["pure-social", "broad-social", "pure-enterprising", "lab"], ranked.Select(m => m.Role.Slug));
        Assert.True(ranked[0].SharesStrongest);
        Assert.Equal("S", ranked[0].Shared);
        Assert.False(ranked[2].SharesStrongest);
        Assert.Equal("S", ranked[2].Shared);
        Assert.Equal("", ranked[3].Shared);
    }

    [Fact]
    public void Ties_are_broken_by_title_then_slug()
    {
        var student = Scores(10, 10, 0, 0, 0, 0);
        double[] same = [6, 6, 1, 2, 1, 3];
        var roles = new[] { Role("b", "Same", "RI", same), Role("a", "Same", "RI", same), Role("c", "Also same", "RI", same) };

        var ranked = InterestMatcher.Rank(student, roles);

        Assert.Equal(["c", "a", "b"], ranked.Select(m => m.Role.Slug));
        Assert.Equal(ranked.Select(m => m.Role.Slug), InterestMatcher.Rank(student, roles.Reverse()).Select(m => m.Role.Slug));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(10)]
    public void The_same_score_for_every_type_matches_nothing(double score)
    {
        var student = Scores(score, score, score, score, score, score);

        Assert.Empty(InterestMatcher.Rank(student, [Role("r", "R", "R", 7, 1, 1, 1, 1, 1)]));
        Assert.Equal("", InterestMatcher.StudentHighPoints(student));
    }

    [Theory]
    [InlineData(new double[] { 0, 0, 0, 10, 0, 0 }, "S")]
    [InlineData(new double[] { 10, 10, 0, 0, 0, 0 }, "RI")]
    [InlineData(new double[] { 2, 8, 4, 9, 9, 1 }, "SEI")]
    [InlineData(new double[] { 5, 5, 5, 10, 5, 5 }, "S")]
    public void A_students_high_points_are_up_to_three_types_above_their_average(double[] scores, string expected) =>
        Assert.Equal(expected, InterestMatcher.StudentHighPoints(Scores(scores)));

    [Fact]
    public void Correlation_is_one_for_the_same_shape_and_minus_one_for_the_opposite()
    {
        Assert.Equal(1, InterestMatcher.Correlation([1, 2, 3, 4, 5, 6], [2, 4, 6, 8, 10, 12]), 9);
        Assert.Equal(-1, InterestMatcher.Correlation([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]), 9);
        Assert.Equal(0, InterestMatcher.Correlation([1, 1, 1, 1, 1, 1], [6, 5, 4, 3, 2, 1]));
    }

    [Fact]
    public void A_crosswalk_profile_is_the_average_of_its_occupations_with_high_points_from_the_average()
    {
        var profile = RoleProfiles.FromCrosswalk("heart", "Heart", [
            ("Cardiovascular technologists", Scores(5.51, 5.39, 1.00, 4.27, 1.33, 4.62)),
            ("Respiratory therapists", Scores(4.92, 4.81, 1.00, 5.05, 1.72, 3.84)),
        ])!;

        Assert.Equal([5.215, 5.1, 1, 4.66, 1.525, 4.23], profile.Scores.Values.Select(v => Math.Round(v, 3)));
        Assert.Equal("RIS", profile.HighPoints);
        Assert.Contains("Cardiovascular technologists and Respiratory therapists", profile.Basis, StringComparison.Ordinal);
        Assert.Null(RoleProfiles.FromCrosswalk("none", "None", []));
    }

    [Fact]
    public void Editor_codes_take_the_typical_profile_shape_in_the_editors_order()
    {
        IReadOnlyList<double> typical = [6, 5, 4, 3, 2, 1];

        var profile = RoleProfiles.FromCodes("hearing", "Hearing", "SIR", "patients first, then science and equipment", typical);

        Assert.Equal([4, 5, 2, 6, 2, 2], profile.Scores.Values);
        Assert.Equal("SIR", profile.HighPoints);
        Assert.Contains("patients first", profile.Basis, StringComparison.Ordinal);
        Assert.Equal(typical, RoleProfiles.TypicalShape([Scores(1, 2, 3, 4, 5, 6), Scores(6, 5, 4, 3, 2, 1)]));
    }

    [Fact]
    public void Answers_add_up_per_type()
    {
        var types = "RRIISS".ToList();
        var answers = QuizAnswers.Parse(["210120"], 6).Answers!;

        Assert.Equal([3, 1, 0, 2, 0, 0], answers.Scores(types).Values);
        Assert.Equal("210120", answers.Compact);
    }

    [Theory]
    [InlineData(null, "no answers")]
    [InlineData("", "no answers")]
    [InlineData("0120", "has 4 answers")]
    [InlineData("0120120", "more answers than")]
    [InlineData("01a012", "Answer 3 in this link is 'a'")]
    [InlineData("01-012", "Answer 3 in this link is '-'")]
    [InlineData("０12012", "Answer 1 in this link is '０'")]
    public void Malformed_answers_give_a_plain_reason(string? value, string reason)
    {
        var (answers, problem) = QuizAnswers.Parse(value is null ? [] : [value], 6);

        Assert.Null(answers);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
