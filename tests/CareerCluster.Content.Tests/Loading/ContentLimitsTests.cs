using CareerCluster.Content.Loading;
using CareerCluster.Content.Parsing;
using CareerCluster.Tests;
using static CareerCluster.Content.Tests.ContentAssert;

namespace CareerCluster.Content.Tests.Loading;

/// <summary>
/// Content that could take a build down (expanding aliases, links to devices or outside the tree, FIFOs, huge
/// files, endless lists) is an error at its file and line, found without reading what it points to.
/// </summary>
public sealed class ContentLimitsTests : IDisposable
{
    private const string Nurses = "clusters/us/care/nurses.md";
    private readonly TempContentTree _tree = new();

    public ContentLimitsTests() => SampleContent.WriteMinimalSite(_tree);

    public void Dispose() => _tree.Dispose();

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>Loads on another thread, so a read that blocks fails the test instead of hanging the run.</summary>
    private async Task<ContentLoadResult> LoadWithin(TimeSpan limit)
    {
        var load = Task.Run(() => Load(_tree));
        Assert.True(await Task.WhenAny(load, Task.Delay(limit)) == load, $"the load did not finish within {limit.TotalSeconds} s");
        return await load;
    }

    [Fact]
    public void Yaml_aliases_are_an_error_at_the_anchor_line_and_never_expanded()
    {
        var big = new string('x', 100_000);
        _tree.Write(Nurses, Lines(
            "---",                                                       // 1
            "title: \"Nurses\"",                                         // 2
            "summary: \"About nurses.\"",                                // 3
            $"skills: [&big \"{big}\", {string.Join(", ", Enumerable.Repeat("*big", 90))}]", // 4
            "last_reviewed: 2026-06-01",                                 // 5
            "sources:",                                                  // 6
            "  - name: \"Seed\"",                                        // 7
            "---",
            "",
            "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 4, "anchors and aliases");
        OnlyErrorsIn(result, Nurses);
    }

    [Fact]
    public void An_anchor_alone_is_an_error_too()
    {
        _tree.Write(Nurses, Lines(
            "---",                            // 1
            "title: &t \"Nurses\"",           // 2
            "summary: \"About nurses.\"",     // 3
            "last_reviewed: 2026-06-01",      // 4
            "sources:",                       // 5
            "  - name: \"Seed\"",             // 6
            "---",
            "",
            "Body."));

        Error(Load(_tree), Nurses, 2, "anchors and aliases");
    }

    [Fact]
    public async Task A_symbolic_link_to_a_device_is_an_error_and_is_never_read()
    {
        const string link = "clusters/us/care/zero.md";
        File.CreateSymbolicLink(Path.Combine(_tree.Root, link), "/dev/zero");

        var result = await LoadWithin(TimeSpan.FromSeconds(20));

        Error(result, link, 1, "symbolic links are not allowed");
        OnlyErrorsIn(result, link);
        Assert.NotEmpty(ContentFiles.Fingerprint(_tree.Root, "salt"));
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_outside_the_tree_is_an_error_and_is_not_followed()
    {
        var outside = Directory.CreateTempSubdirectory("careercluster-outside-");
        try
        {
            File.WriteAllText(Path.Combine(outside.FullName, "secret.md"), SampleContent.Role("Secret"));
            const string link = "clusters/us/linked";
            Directory.CreateSymbolicLink(Path.Combine(_tree.Root, link), outside.FullName);

            var result = Load(_tree);

            Error(result, link, 1, "symbolic links are not allowed");
            OnlyErrorsIn(result, link);
            Assert.DoesNotContain(result.Diagnostics, d => d.Path.Contains("secret", StringComparison.Ordinal));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_fifo_never_blocks_the_build()
    {
        const string fifo = "clusters/us/care/pipe.md";
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_tree.Root, fifo)))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var result = await LoadWithin(TimeSpan.FromSeconds(20));

        Error(result, fifo, 1, "the file is empty");
        OnlyErrorsIn(result, fifo);
        var fingerprint = Task.Run(() => ContentFiles.Fingerprint(_tree.Root, "salt"));
        Assert.True(await Task.WhenAny(fingerprint, Task.Delay(TimeSpan.FromSeconds(20))) == fingerprint, "the fingerprint read the FIFO");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error_at_line_1()
    {
        _tree.Write(Nurses, SampleContent.Role("Nurses", body: new string('a', (int)ContentFiles.MaxPageFileBytes)));

        var result = Load(_tree);

        Error(result, Nurses, 1, "a content file may be at most 256 KB");
        Assert.Null(result.Site);
    }

    [Fact]
    public void A_list_over_the_length_limit_is_an_error_at_its_line()
    {
        _tree.Write(Nurses, Lines(
            "---",                                                             // 1
            "title: \"Nurses\"",                                               // 2
            "summary: \"About nurses.\"",                                      // 3
            "skills:",                                                         // 4
            string.Join("\n", Enumerable.Range(0, FrontMatterSchema.MaxListItems + 1).Select(i => $"  - Skill {i}")), // 5..
            "last_reviewed: 2026-06-01",
            "sources:",
            "  - name: \"Seed\"",
            "---",
            "",
            "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 5, $"'skills' has {FrontMatterSchema.MaxListItems + 1} items; a list may have at most {FrontMatterSchema.MaxListItems}");
        OnlyErrorsIn(result, Nurses);
    }

    [Theory]
    [InlineData("title: \"\"", "'title' is empty")]
    [InlineData("title: \"   \"", "'title' is empty")]
    [InlineData("title: ''", "'title' is empty")]
    public void Empty_required_values_are_errors(string titleLine, string message)
    {
        _tree.Write(Nurses, Lines(
            "---",                            // 1
            titleLine,                        // 2
            "summary: \"About nurses.\"",     // 3
            "last_reviewed: 2026-06-01",      // 4
            "sources:",                       // 5
            "  - name: \"\"",                 // 6
            "---",
            "",
            "Body."));

        var result = Load(_tree);

        Error(result, Nurses, 2, message);
        Error(result, Nurses, 6, "'name' is empty");
        OnlyErrorsIn(result, Nurses);
    }
}
