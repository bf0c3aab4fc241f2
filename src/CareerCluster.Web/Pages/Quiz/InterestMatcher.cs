namespace CareerCluster.Web.Pages.Quiz;

/// <summary>Six RIASEC scores in O*NET's order (R, I, A, S, E, C).</summary>
public sealed record InterestScores(IReadOnlyList<double> Values)
{
    public const string Letters = "RIASEC";

    public double this[char letter] => Values[Letters.IndexOf(letter, StringComparison.Ordinal)];

    /// <summary>The types that stand out, strongest first (ties in RIASEC order), at most three.</summary>
    public string HighPoints(Func<double, bool> standsOut) =>
        new(Letters.Select((letter, i) => (letter, score: Values[i], i))
            .OrderByDescending(x => x.score).ThenBy(x => x.i)
            .Where((x, rank) => rank == 0 || standsOut(x.score))
            .Take(3)
            .Select(x => x.letter)
            .ToArray());
}

/// <summary>A role that can be matched: its interest scores and high points, and where they came from.</summary>
/// <param name="Basis">In plain words, where the profile came from (an O*NET occupation, the average of crosswalked ones, or an editor's codes).</param>
public sealed record RoleProfile(string Slug, string Title, InterestScores Scores, string HighPoints, string Basis);

/// <param name="Closeness">How closely the two profiles rise and fall together (Pearson correlation, -1 to 1).</param>
/// <param name="SharesStrongest">The role's first high point is one of the student's strongest types.</param>
/// <param name="Shared">The role's high points that are also the student's, in the role's order.</param>
public sealed record RoleMatch(RoleProfile Role, double Closeness, bool SharesStrongest, string Shared);

/// <summary>
/// Ranks roles by how well their interests fit a student's. Roles whose strongest interest is one of the student's
/// strongest come first (as O*NET's Interest Profiler lists careers by the student's top interest area); among
/// them, and then among the rest, the roles whose six scores rise and fall most like the student's (the correlation
/// of the two profiles). Ties go to the title, then the slug, so the same answers always give the same list.
/// </summary>
public static class InterestMatcher
{
    public static IReadOnlyList<RoleMatch> Rank(InterestScores student, IEnumerable<RoleProfile> roles)
    {
        var max = student.Values.Max();
        if (student.Values.All(v => v == max))
        {
            return [];
        }

        var strongest = new string(InterestScores.Letters.Where(l => student[l] == max).ToArray());
        var studentHighPoints = StudentHighPoints(student);
        return roles
            .Select(role => new RoleMatch(
                role,
                Math.Round(Correlation(student.Values, role.Scores.Values), 9),
                strongest.Contains(role.HighPoints[0], StringComparison.Ordinal),
                new string(role.HighPoints.Where(l => studentHighPoints.Contains(l, StringComparison.Ordinal)).ToArray())))
            .OrderByDescending(m => m.SharesStrongest)
            .ThenByDescending(m => m.Closeness)
            .ThenBy(m => m.Role.Title, StringComparer.Ordinal)
            .ThenBy(m => m.Role.Slug, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A student's high points: up to three types scoring above their own average, strongest first.</summary>
    public static string StudentHighPoints(InterestScores student)
    {
        var average = student.Values.Average();
        var points = student.HighPoints(score => score > average);
        return points.Length > 0 && student[points[0]] > average ? points : "";
    }

    public static double Correlation(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var meanA = a.Average();
        var meanB = b.Average();
        double sum = 0, squaresA = 0, squaresB = 0;
        for (var i = 0; i < a.Count; i++)
        {
            sum += (a[i] - meanA) * (b[i] - meanB);
            squaresA += (a[i] - meanA) * (a[i] - meanA);
            squaresB += (b[i] - meanB) * (b[i] - meanB);
        }

        return squaresA == 0 || squaresB == 0 ? 0 : sum / Math.Sqrt(squaresA * squaresB);
    }
}
