using System.Text.RegularExpressions;
using CareerCluster.Tests;
using CareerCluster.Web.Hosting;

namespace CareerCluster.Web.Tests.Hosting;

/// <summary>Tests that set process-wide environment variables run alone.</summary>
[CollectionDefinition(nameof(EnvironmentVariables), DisableParallelization = true)]
public sealed class EnvironmentVariables;

[Collection(nameof(EnvironmentVariables))]
public sealed partial class CheckContentCommandTests : IDisposable
{
    private readonly TempContentTree _tree = new();
    private readonly string? _githubActions = Environment.GetEnvironmentVariable("GITHUB_ACTIONS");

    public CheckContentCommandTests() => Environment.SetEnvironmentVariable("GITHUB_ACTIONS", null);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", _githubActions);
        _tree.Dispose();
    }

    [GeneratedRegex(@"^(?<path>[^\s:]+):(?<line>[1-9]\d*): (?<level>error|warning): (?<message>.+)$")]
    private static partial Regex DiagnosticLine();

    private async Task<(int? ExitCode, string[] Lines)> RunAsync(params string[] extra)
    {
        using var output = new StringWriter();
        var exitCode = await CommandLine.TryRunAsync(["check-content", "--content", _tree.Root, .. extra], output);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray());
    }

    private void WriteBrokenTree()
    {
        SampleContent.WriteMinimalSite(_tree, SampleContent.Today);
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", ["order: two"], reviewed: SampleContent.Today));
        _tree.Write("clusters/uk/_index.md", SampleContent.Cluster("UK careers", "FR", reviewed: SampleContent.Today));
        _tree.Write("clusters/uk/science/genetics.md", SampleContent.Role("Genetics", ["related:", "  - nobody"], reviewed: "2020-01-01"));
    }

    [Fact]
    public async Task The_repository_content_passes()
    {
        _tree.CopyFrom(RepoPaths.Content);

        var (exitCode, lines) = await RunAsync();

        Assert.Equal(0, exitCode);
        var files = Directory.EnumerateFiles(_tree.Root, "*", SearchOption.AllDirectories).Count() - 1;
        Assert.Matches($@"^{files} files checked, 0 errors, \d+ warnings?$", lines[^1]);
        Assert.Equal("US data in use: O*NET 29.2 (February 2025); BLS OEWS May 2024; BLS Employment Projections 2024–34; Career Clusters listing (Health Science) undated export (O*NET 28 era)", lines[^2]);
        Assert.All(lines[..^2], l => Assert.Contains(": warning: ", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clean_tree_prints_only_the_summary_and_exits_0()
    {
        SampleContent.WriteMinimalSite(_tree, SampleContent.Today);

        var (exitCode, lines) = await RunAsync();

        Assert.Equal(0, exitCode);
        Assert.Equal(["8 files checked, 0 errors, 0 warnings"], lines);
    }

    [Fact]
    public async Task A_broken_tree_prints_path_line_message_for_each_problem_and_exits_1()
    {
        WriteBrokenTree();

        var (exitCode, lines) = await RunAsync();

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "clusters/uk/_index.md:4: error: 'region' must be US or UK, not 'FR'",
                "clusters/uk/science/genetics.md:5: error: related role 'nobody' does not exist",
                "clusters/uk/science/genetics.md:6: warning: review due: last reviewed 2020-01-01, more than 12 months ago",
                "clusters/us/care/aides.md:4: error: 'order' must be a whole number, not 'two'",
                "8 files checked, 3 errors, 1 warning",
            ],
            lines);
        Assert.All(lines[..^1], l => Assert.Matches(DiagnosticLine(), l));
        Assert.DoesNotContain(lines, l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Content_that_could_take_the_build_down_is_reported_at_its_place_without_being_read()
    {
        SampleContent.WriteMinimalSite(_tree, SampleContent.Today);
        File.CreateSymbolicLink(Path.Combine(_tree.Root, "clusters/us/care/zero.md"), "/dev/zero");
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", ["skills: [&s \"Care\", *s, *s]"], reviewed: SampleContent.Today));
        _tree.Write("clusters/us/care/empty-title.md", SampleContent.Role("Placeholder", reviewed: SampleContent.Today).Replace("title: \"Placeholder\"", "title: \"\"", StringComparison.Ordinal));

        var run = RunAsync();
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))) == run, "check-content did not finish");
        var (exitCode, lines) = await run;

        Assert.Equal(1, exitCode);
        Assert.Contains("clusters/us/care/aides.md:4: error: YAML anchors and aliases ('&name', '*name') are not allowed in front matter: write each value out in full", lines);
        Assert.Contains("clusters/us/care/empty-title.md:2: error: 'title' is empty: give it a value, or leave the line out if it is optional", lines);
        Assert.Contains("clusters/us/care/zero.md:1: error: symbolic links are not allowed in content: put the file itself here", lines);
        Assert.All(lines[..^1], l => Assert.Matches(DiagnosticLine(), l));
    }

    [Fact]
    public async Task Warnings_alone_exit_0()
    {
        SampleContent.WriteMinimalSite(_tree, SampleContent.Today);
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", reviewed: "2021-05-05"));

        var (exitCode, lines) = await RunAsync();

        Assert.Equal(0, exitCode);
        Assert.Equal(["clusters/us/care/aides.md:4: warning: review due: last reviewed 2021-05-05, more than 12 months ago", "8 files checked, 0 errors, 1 warning"], lines);
    }

    [Fact]
    public async Task On_github_actions_each_problem_is_also_an_annotation()
    {
        WriteBrokenTree();
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");

        var (exitCode, lines) = await RunAsync();

        Assert.Equal(1, exitCode);
        var annotations = lines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, annotations.Count);
        Assert.Contains(annotations, a => Regex.IsMatch(a, @"^::error file=\S*clusters/us/care/aides\.md,line=4::'order' must be a whole number, not 'two'$"));
        Assert.Contains(annotations, a => Regex.IsMatch(a, @"^::error file=\S*clusters/uk/_index\.md,line=4::'region' must be US or UK"));
        Assert.Contains(annotations, a => Regex.IsMatch(a, @"^::warning file=\S*clusters/uk/science/genetics\.md,line=6::review due"));

        // Each annotation follows its plain line.
        var index = Array.FindIndex(lines, l => l.StartsWith("clusters/us/care/aides.md:4:", StringComparison.Ordinal));
        Assert.StartsWith("::error file=", lines[index + 1], StringComparison.Ordinal);
        Assert.Equal("8 files checked, 3 errors, 1 warning", lines[^1]);
    }

    [Fact]
    public async Task Annotation_file_paths_are_relative_to_the_working_directory()
    {
        // CI runs from the repository root with --content content, so GitHub can place the annotation.
        SampleContent.WriteMinimalSite(_tree, SampleContent.Today);
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", ["order: two"], reviewed: SampleContent.Today));
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.GetDirectoryName(_tree.Root)!);
        try
        {
            using var output = new StringWriter();
            var exitCode = await CommandLine.TryRunAsync(["check-content", "--content", Path.GetFileName(_tree.Root)], output);

            Assert.Equal(1, exitCode);
            Assert.Contains($"::error file={Path.GetFileName(_tree.Root)}/clusters/us/care/aides.md,line=4::", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public async Task A_missing_content_folder_is_an_error()
    {
        using var output = new StringWriter();

        var exitCode = await CommandLine.TryRunAsync(["check-content", "--content", Path.Combine(_tree.Root, "missing")], output);

        Assert.Equal(1, exitCode);
        Assert.Contains("content folder not found", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 files checked, 1 error, 0 warnings", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_arguments_are_not_a_command()
    {
        using var output = new StringWriter();

        Assert.Null(await CommandLine.TryRunAsync([], output));
        Assert.Null(await CommandLine.TryRunAsync(["--urls", "http://localhost:5000"], output));
        Assert.Equal("", output.ToString());
    }
}
