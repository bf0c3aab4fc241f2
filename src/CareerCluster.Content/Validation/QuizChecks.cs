using CareerCluster.Content.Model;
using CareerCluster.Content.Quiz;

namespace CareerCluster.Content.Validation;

/// <summary>
/// The quiz statements as a whole: grouped by type in RIASEC order (the order the quiz shows them, and the order of
/// the digits in a results URL), no statement twice, and exactly <see cref="PerType"/> of each type.
/// </summary>
internal static class QuizChecks
{
    public const int PerType = 5;

    public static void Check(IReadOnlyList<QuizStatement> statements, List<ContentDiagnostic> diagnostics)
    {
        if (statements.Count == 0)
        {
            return;
        }

        var seen = new Dictionary<string, QuizStatement>(StringComparer.Ordinal);
        QuizStatement? previous = null;
        foreach (var statement in statements)
        {
            if (previous is not null && Riasec.Letters.IndexOf(statement.Type) < Riasec.Letters.IndexOf(previous.Type))
            {
                diagnostics.Add(Error(statement.Line,
                    $"a {Riasec.Name(statement.Type)} statement after {Riasec.Name(previous.Type)} ones: keep the statements grouped by type "
                    + "in the order R, I, A, S, E, C (the order the quiz shows them)"));
            }

            if (!seen.TryAdd(Normalise(statement.Text), statement))
            {
                diagnostics.Add(Error(statement.Line, $"the same statement as line {seen[Normalise(statement.Text)].Line}: each statement once"));
            }

            previous = statement;
        }

        foreach (var letter in Riasec.Letters)
        {
            var ofType = statements.Where(s => s.Type == letter).ToList();
            if (ofType.Count != PerType)
            {
                diagnostics.Add(Error(ofType.Count == 0 ? 1 : ofType[^1].Line,
                    $"{Riasec.Name(letter)} has {ofType.Count} statement{(ofType.Count == 1 ? "" : "s")}: the quiz needs {PerType} of each type"));
            }
        }
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!');

    private static ContentDiagnostic Error(int line, string message) => new(QuizReader.File, line, DiagnosticSeverity.Error, message);
}
