using System.Globalization;
using CareerCluster.Content.Loading;
using CareerCluster.Content.Markdown;
using CareerCluster.Content.Parsing;
using CareerCluster.Content.Validation;
using CareerCluster.ContentGenerator;
using CareerCluster.Web.Hosting;

namespace CareerCluster.Tools.Tests;

/// <summary>The benchmark's content generator must keep producing content that the real validator accepts without a single complaint.</summary>
public sealed class ContentGeneratorTests : IDisposable
{
    private const int Roles = 300;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "careercluster-generator-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Generated_content_passes_check_content_with_no_errors_and_no_warnings()
    {
        // Reviewed "today" so the real clock used by check-content can never make this a review-due warning.
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dir = Generate("checked", "--reviewed", today);

        var output = new StringWriter();
        var exitCode = await CommandLine.TryRunAsync(["check-content", "--content", dir], output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(exitCode == 0, output.ToString());
        Assert.Equal($"{ExpectedFiles(dir)} files checked, 0 errors, 0 warnings", lines[^1]);
    }

    [Fact]
    public void Default_review_date_gives_no_errors_and_no_warnings_through_the_loader()
    {
        var dir = Generate("default");
        var clock = new FixedClock(new DateTimeOffset(SyntheticContentGenerator.DefaultLastReviewed.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var loader = new ContentTreeLoader(new ContentFileParser(new MarkdownRenderer()), new SiteValidator(clock));

        var result = loader.Load(dir);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Site);
        Assert.Equal(ExpectedFiles(dir), result.FilesChecked);
        Assert.Equal(Roles, result.Site.Roles.Count);
        Assert.Equal(SyntheticContentGenerator.ClusterCount, result.Site.Clusters.Count);
        Assert.Equal(["UK", "US"], result.Site.Clusters.Select(c => c.Region!).Distinct().Order());
        Assert.Contains(result.Site.Roles, r => r.Draft);
        Assert.Contains(result.Site.Roles, r => r.MedianPay?.Currency == "USD");
        Assert.Contains(result.Site.Roles, r => r.MedianPay?.Currency == "GBP");

        var regionOf = result.Site.Roles.ToDictionary(r => r.Slug, r => result.Site.Clusters.Single(c => c.Slug == r.ClusterSlug).Region);
        Assert.Contains(result.Site.Roles, r => r.Related.Any(x => regionOf[x.Value] != regionOf[r.Slug]));
        Assert.All(result.Site.FaqEntries, f => Assert.NotNull(f.FaqCluster));
        Assert.All(result.Site.Roles, r => Assert.InRange(r.BodyText.Split(' ').Length, 350, 700));
    }

    [Fact]
    public void Every_listed_occupation_goes_to_exactly_one_published_synthetic_us_role_and_the_data_is_copied_unchanged()
    {
        var dir = Generate("data");
        var repositoryData = RepositoryUsData();
        var listed = File.ReadLines(Directory.EnumerateFiles(Path.Combine(repositoryData, "career-clusters"), "*.csv").Single()).Skip(1)
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"\d{2}-\d{4}\.\d{2}").Value)
            .ToHashSet(StringComparer.Ordinal);
        var loader = new ContentTreeLoader(new ContentFileParser(new MarkdownRenderer()), new SiteValidator(TimeProvider.System));

        var site = loader.Load(dir).Site!;

        var coded = site.Roles.Where(r => r.Onet is not null).ToList();
        Assert.Equal(116, listed.Count);
        Assert.Equal(listed.Order(StringComparer.Ordinal), coded.Select(r => r.Onet!.Value).Order(StringComparer.Ordinal));
        Assert.All(coded, r => Assert.False(r.Draft));
        Assert.All(coded, r => Assert.Equal("US", site.Clusters.Single(c => c.Slug == r.ClusterSlug).Region));
        Assert.Contains(site.Roles, r => r.Onet is null);
        Assert.All(Directory.EnumerateFiles(repositoryData, "*", SearchOption.AllDirectories), file =>
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(dir, "data", "us", Path.GetRelativePath(repositoryData, file)))));
    }

    [Fact]
    public async Task Fewer_us_roles_than_listed_occupations_excludes_the_rest_with_a_reason_and_still_validates()
    {
        var dir = Path.Combine(_root, "small");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(0, GeneratorCli.Run(["--roles", "40", "--out", dir, "--reviewed", today], TextWriter.Null, TextWriter.Null));

        var output = new StringWriter();
        var exitCode = await CommandLine.TryRunAsync(["check-content", "--content", dir], output);

        Assert.True(exitCode == 0, output.ToString());
        var excluded = File.ReadAllLines(Path.Combine(dir, "data", "us", "excluded-occupations.tsv"));
        Assert.Equal("O*NET-SOC Code\tReason", excluded[0]);
        Assert.Equal(116 - 20, excluded.Length - 1);
    }

    [Fact]
    public void No_data_leaves_out_the_data_folder_and_every_onet_line()
    {
        var dir = Generate("none", "--no-data");

        Assert.False(Directory.Exists(Path.Combine(dir, "data")));
        Assert.DoesNotContain(Directory.EnumerateFiles(dir, "*.md", SearchOption.AllDirectories), file => File.ReadAllText(file).Contains("\nonet:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_front_matter_key_of_the_contract_is_used()
    {
        var dir = Generate("keys");
        var used = new[] { "clusters", "faq" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(dir, folder), "*.md", SearchOption.AllDirectories))
            .SelectMany(file => File.ReadLines(file).Skip(1).TakeWhile(line => line != "---"))
            .Where(line => line.Length > 0 && char.IsLetter(line[0]))
            .Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)])
            .ToHashSet();
        string[] contract =
        [
            "title", "summary", "last_reviewed", "sources", "order", "draft", "aliases", "region", "outlook",
            "education", "skills", "work_settings", "median_pay", "related", "question", "cluster", "onet",
        ];

        Assert.Empty(contract.Except(used));
        Assert.Empty(used.Except(contract));
    }

    [Fact]
    public void Same_seed_gives_byte_identical_output_and_another_seed_does_not()
    {
        var first = Generate("a", "--seed", "7");
        var second = Generate("b", "--seed", "7");
        var other = Generate("c", "--seed", "8");

        var files = Files(first);
        Assert.Equal(files, Files(second));
        Assert.All(files, relative => Assert.Equal(File.ReadAllBytes(Path.Combine(first, relative)), File.ReadAllBytes(Path.Combine(second, relative))));
        Assert.Contains(files, relative => !File.ReadAllBytes(Path.Combine(first, relative)).SequenceEqual(File.ReadAllBytes(Path.Combine(other, relative))));
    }

    [Fact]
    public void Regenerating_replaces_earlier_output_but_never_touches_other_folders()
    {
        var dir = Generate("again");
        Assert.Equal(0, GeneratorCli.Run(["--roles", "10", "--out", dir], TextWriter.Null, TextWriter.Null));
        Assert.Equal(10, Directory.EnumerateFiles(Path.Combine(dir, "clusters"), "synthetic-role-*.md", SearchOption.AllDirectories).Count());

        var foreign = Path.Combine(_root, "foreign");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "keep.md"), "mine");
        var error = new StringWriter();
        Assert.Equal(1, GeneratorCli.Run(["--roles", "10", "--out", foreign], TextWriter.Null, error));
        Assert.Contains("refusing", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(foreign, "keep.md")));
    }

    /// <summary>The Markdown pages plus the copied US data files.</summary>
    private static int ExpectedFiles(string dir) =>
        SyntheticContentGenerator.ClusterCount * (1 + SyntheticContentGenerator.PathwaysPerCluster) + Roles + SyntheticContentGenerator.FaqCount
        + Directory.EnumerateFiles(Path.Combine(dir, "data"), "*", SearchOption.AllDirectories).Count();

    private static string RepositoryUsData()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "content", "data", "us");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("content/data/us not found above the test binaries");
    }

    private string Generate(string name, params string[] extra)
    {
        var dir = Path.Combine(_root, name);
        var error = new StringWriter();
        var exitCode = GeneratorCli.Run(["--roles", Roles.ToString(CultureInfo.InvariantCulture), "--out", dir, .. extra], TextWriter.Null, error);
        Assert.True(exitCode == 0, error.ToString());
        return dir;
    }

    private static List<string> Files(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f))
            .Order(StringComparer.Ordinal)
            .ToList();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
