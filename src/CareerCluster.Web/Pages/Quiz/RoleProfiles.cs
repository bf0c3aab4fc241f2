using System.Globalization;

namespace CareerCluster.Web.Pages.Quiz;

/// <summary>
/// Where a role's interest profile comes from: its own O*NET occupation (US roles); an editor's `interests` codes;
/// or the average of the O*NET occupations it is crosswalked to (NHS roles). Pure, so it is tested on its own.
/// </summary>
public static class RoleProfiles
{
    /// <summary>O*NET lists a type as a high point when it stands out; a score of 4, the middle of its 1-7 scale, is our cut-off for averaged profiles.</summary>
    public const double HighPointCutOff = 4.0;

    public static RoleProfile FromOccupation(string slug, string title, InterestScores scores, string highPoints, string occupationTitle) =>
        new(slug, title, scores, highPoints, $"O*NET's interest scores for {occupationTitle}");

    /// <summary>The average of the crosswalked occupations' six scores, with high points worked out from the average.</summary>
    public static RoleProfile? FromCrosswalk(string slug, string title, IReadOnlyList<(string Title, InterestScores Scores)> occupations)
    {
        if (occupations.Count == 0)
        {
            return null;
        }

        var average = new InterestScores(Enumerable.Range(0, 6).Select(i => occupations.Average(o => o.Scores.Values[i])).ToList());
        var names = string.Join(" and ", occupations.Select(o => o.Title));
        return new RoleProfile(slug, title, average, average.HighPoints(score => score >= HighPointCutOff),
            occupations.Count == 1 ? $"O*NET's interest scores for {names}, the closest US occupation" : $"the average of O*NET's interest scores for {names}, the closest US occupations");
    }

    /// <summary>
    /// An editor's codes ("RIS") as six scores: the typical shape of an O*NET health occupation's profile (its highest
    /// score, its second highest, and so on, averaged over the occupations) laid onto the editor's order.
    /// </summary>
    public static RoleProfile FromCodes(string slug, string title, string codes, string reason, IReadOnlyList<double> typicalShape)
    {
        var rest = typicalShape.Skip(codes.Length).DefaultIfEmpty(1).Average();
        var scores = InterestScores.Letters.Select(letter => codes.IndexOf(letter, StringComparison.Ordinal) is var rank and >= 0 ? typicalShape[rank] : rest).ToList();
        return new RoleProfile(slug, title, new InterestScores(scores), codes, $"an editor's judgement: {reason}");
    }

    /// <summary>The average of every occupation's scores sorted highest first: what a typical profile looks like.</summary>
    public static IReadOnlyList<double> TypicalShape(IEnumerable<InterestScores> occupations)
    {
        var sorted = occupations.Select(o => o.Values.OrderDescending().ToList()).ToList();
        return sorted.Count == 0
            ? [6, 5, 4, 3, 2, 1]
            : Enumerable.Range(0, 6).Select(i => Math.Round(sorted.Average(s => s[i]), 2)).ToList();
    }

    public static string Describe(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
