using CareerCluster.Content.Quiz;
using CareerCluster.Tests;
using static CareerCluster.Content.Tests.ContentAssert;

namespace CareerCluster.Content.Tests.Quiz;

/// <summary>content/quiz/statements.yaml through the real loader: each problem at its exact line.</summary>
public sealed class QuizStatementsTests : IDisposable
{
    private const string Path = "quiz/statements.yaml";
    private readonly TempContentTree _tree = new();

    public QuizStatementsTests() => SampleContent.WriteMinimalSite(_tree);

    public void Dispose() => _tree.Dispose();

    /// <summary>Five statements per type in RIASEC order, two lines each, starting on line 1.</summary>
    private static List<string> ValidLines() =>
        Riasec.Letters.SelectMany(letter => Enumerable.Range(1, 5).SelectMany(i => new[] { $"- type: {letter}", $"  text: {Riasec.Name(letter)} activity {i}" })).ToList();

    private void Write(IEnumerable<string> lines) => _tree.Write(Path, string.Join("\n", lines) + "\n");

    [Fact]
    public void A_valid_quiz_loads_in_order_and_is_not_a_page()
    {
        Write(ValidLines());

        var result = Load(_tree);

        Clean(result);
        Assert.Equal(30, result.Site!.Quiz.Count);
        Assert.Equal(('R', "Realistic activity 1", 1), (result.Site.Quiz[0].Type, result.Site.Quiz[0].Text, result.Site.Quiz[0].Line));
        Assert.Equal('C', result.Site.Quiz[^1].Type);
        Assert.Equal(8, result.Site.PageCount);
    }

    [Fact]
    public void The_real_quiz_has_five_statements_of_each_type()
    {
        var result = CreateLoader(new FixedTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero))).Load(RepoPaths.Content);

        Assert.DoesNotContain(result.Diagnostics, d => d.Path == Path);
        Assert.Equal(30, result.Site!.Quiz.Count);
        Assert.All(Riasec.Letters, letter => Assert.Equal(5, result.Site.Quiz.Count(q => q.Type == letter)));
    }

    [Fact]
    public void A_site_without_a_quiz_has_no_statements()
    {
        var result = Load(_tree);

        Clean(result);
        Assert.Empty(result.Site!.Quiz);
    }

    [Fact]
    public void An_unknown_type_is_reported_on_its_line()
    {
        var lines = ValidLines();
        lines[2] = "- type: X"; // line 3

        var result = Load(_tree.Also(() => Write(lines)));

        Error(result, Path, 3, "'type' must be one of R, I, A, S, E, C");
        OnlyErrorsIn(result, Path);
    }

    [Fact]
    public void Empty_text_and_a_missing_text_are_reported_on_their_lines()
    {
        var lines = ValidLines();
        lines[3] = "  text: \"\"";   // line 4
        lines[5] = "  tex: typo";    // line 6

        var result = Load(_tree.Also(() => Write(lines)));

        Error(result, Path, 4, "'text' must be the statement's words");
        Error(result, Path, 6, "unknown key 'tex'");
        Error(result, Path, 5, "missing 'text'");
    }

    [Fact]
    public void A_statement_out_of_type_order_is_reported()
    {
        var lines = ValidLines();
        (lines[8], lines[10]) = (lines[10], lines[8]); // swap statement 5 (R) and 6 (I): line 9 is now I, line 11 is R
        lines[9] = "  text: Realistic moved"; lines[11] = "  text: Investigative moved";
        (lines[9], lines[11]) = (lines[11], lines[9]);

        var result = Load(_tree.Also(() => Write(lines)));

        Error(result, Path, 11, "a Realistic statement after Investigative ones");
        OnlyErrorsIn(result, Path);
    }

    [Fact]
    public void A_duplicate_statement_points_at_the_first()
    {
        var lines = ValidLines();
        lines[3] = "  text: realistic ACTIVITY 1."; // line 4 repeats line 1's statement

        var result = Load(_tree.Also(() => Write(lines)));

        Error(result, Path, 3, "the same statement as line 1");
    }

    [Fact]
    public void A_type_with_four_statements_is_reported()
    {
        var lines = ValidLines();
        lines.RemoveRange(58, 2); // the last Conventional statement

        var result = Load(_tree.Also(() => Write(lines)));

        Error(result, Path, 57, "Conventional has 4 statements: the quiz needs 5 of each type");
        OnlyErrorsIn(result, Path);
    }

    [Fact]
    public void A_quiz_that_is_not_a_list_is_reported()
    {
        _tree.Write(Path, "statements: 30\n");

        var result = Load(_tree);

        Error(result, Path, 1, "the quiz must be a list of statements");
    }

    [Fact]
    public void Another_file_in_the_quiz_folder_is_outside_the_layout()
    {
        Write(ValidLines());
        _tree.Write("quiz/more.yaml", "- type: R\n");

        var result = Load(_tree);

        Error(result, "quiz/more.yaml", 1, "apart from data/us/ and quiz/statements.yaml");
    }
}

internal static class TreeExtensions
{
    public static TempContentTree Also(this TempContentTree tree, Action write)
    {
        write();
        return tree;
    }
}
