namespace CareerCluster.Web.Pages.Quiz;

/// <summary>
/// A student's answers as they travel in the URL: one digit per statement, in the quiz's order
/// (0 dislike, 1 not sure, 2 like), such as <c>a=0120...</c>. Parsing never throws: a bad value gets a plain reason.
/// </summary>
public sealed record QuizAnswers(IReadOnlyList<int> Values)
{
    public const int Dislike = 0;
    public const int NotSure = 1;
    public const int Like = 2;
    public static readonly IReadOnlyList<string> Labels = ["Dislike", "Not sure", "Like"];

    public string Compact => string.Concat(Values);

    public static (QuizAnswers? Answers, string? Problem) Parse(IReadOnlyList<string?> values, int statementCount)
    {
        if (values.Count > 1)
        {
            return (null, "This link has more than one set of answers. A results link has exactly one 'a=' part.");
        }

        var text = values.Count == 0 ? null : values[0];
        if (string.IsNullOrEmpty(text))
        {
            return (null, "This link has no answers. A results link ends with 'a=' and one digit for each statement.");
        }

        if (text.Length != statementCount)
        {
            return (null, text.Length > statementCount
                ? $"This link has more answers than the quiz has statements ({statementCount}). It may have been changed or joined to another link."
                : $"This link has {text.Length} answer{(text.Length == 1 ? "" : "s")}, but the quiz has {statementCount} statements. Part of it may be missing.");
        }

        var index = text.AsSpan().IndexOfAnyExcept("012");
        if (index >= 0)
        {
            return (null, $"Answer {index + 1} in this link is '{text[index]}'. Each answer must be 0 (dislike), 1 (not sure) or 2 (like).");
        }

        return (new QuizAnswers(text.Select(c => c - '0').ToList()), null);
    }

    /// <summary>The answers from the quiz form (one field per statement, q1, q2, ...), or the first statement left unanswered.</summary>
    public static (QuizAnswers? Answers, int? Unanswered) FromForm(Func<string, string?> field, int statementCount)
    {
        var values = new List<int>(statementCount);
        for (var i = 1; i <= statementCount; i++)
        {
            if (field($"q{i}") is not [var digit and >= '0' and <= '2'])
            {
                return (null, i);
            }

            values.Add(digit - '0');
        }

        return (new QuizAnswers(values), null);
    }

    /// <summary>Each type's total: 0 to 2 points per statement.</summary>
    public InterestScores Scores(IReadOnlyList<char> types) =>
        new(InterestScores.Letters.Select(letter => (double)Values.Where((_, i) => types[i] == letter).Sum()).ToList());
}
