namespace CareerCluster.Content.Quiz;

/// <summary>One statement of the interest check: its RIASEC type letter, its words, and the line it is on.</summary>
public sealed record QuizStatement(char Type, string Text, int Line);

/// <summary>The six RIASEC interest types in O*NET's order, which is also the quiz's order.</summary>
public static class Riasec
{
    public const string Letters = "RIASEC";

    public static readonly IReadOnlyList<string> Names = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];

    public static string Name(char letter) => Names[Letters.IndexOf(letter, StringComparison.Ordinal)];

    public static bool IsLetter(char letter) => Letters.Contains(letter, StringComparison.Ordinal);
}
