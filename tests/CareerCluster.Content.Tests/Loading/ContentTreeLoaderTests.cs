using CareerCluster.Content.Loading;
using CareerCluster.Tests;
using static CareerCluster.Content.Tests.ContentAssert;

namespace CareerCluster.Content.Tests.Loading;

public sealed class ContentTreeLoaderTests : IDisposable
{
    private readonly TempContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Non_utf8_file_is_reported_on_line_1()
    {
        SampleContent.WriteMinimalSite(_tree);
        const string Path = "clusters/us/care/aides.md";
        _tree.WriteBytes(Path, [.. "---\ntitle: \""u8, 0xFF, 0xFE, 0x41, 0x00, 0xC3, 0x28, .. "\"\n---\n\nBody\n"u8]);

        var result = Load(_tree);

        Error(result, Path, 1, "not UTF-8");
        OnlyErrorsIn(result, Path);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted()
    {
        SampleContent.WriteMinimalSite(_tree);
        _tree.WriteBytes("clusters/us/care/aides.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(SampleContent.Role("Aides"))]);

        Clean(Load(_tree));
    }

    [Fact]
    public void Every_error_in_every_file_is_reported_in_one_run()
    {
        SampleContent.WriteMinimalSite(_tree);
        _tree.Write("clusters/us/care/nurses.md", "---\ntitle: \"Nurses\"\nsummary: [unclosed\n---\n\nBody.\n");
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", ["median_pay:", "  amount: 1", "  currency: EUR", "  period: year"]));
        _tree.Write("clusters/uk/_index.md", SampleContent.Cluster("UK", "FR"));
        _tree.WriteBytes("faq/what-is-this.md", [0xFF, 0xFE, 0x00, 0x01]);
        _tree.Write("clusters/uk/science/genetics.md", SampleContent.Role("Genetics", ["order: two", "summmary: x"]));
        _tree.Write("stray.txt", "not content");

        var result = Load(_tree);

        Error(result, "clusters/us/care/nurses.md", 3, "invalid YAML");
        Error(result, "clusters/us/care/aides.md", 6, "'currency' must be USD or GBP");
        Error(result, "clusters/uk/_index.md", 4, "'region' must be US or UK");
        Error(result, "faq/what-is-this.md", 1, "not UTF-8");
        Error(result, "clusters/uk/science/genetics.md", 4, "'order' must be a whole number");
        Error(result, "clusters/uk/science/genetics.md", 5, "did you mean 'summary'");
        Error(result, "stray.txt", 1, "file outside the layout");
        Assert.Equal(7, result.ErrorCount);
        Assert.Null(result.Site);
        Assert.Equal(9, result.FilesChecked);

        // Sorted by file then line, so editors read them top to bottom.
        var order = result.Diagnostics.Select(d => (d.Path, d.Line)).ToList();
        Assert.Equal(order.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList(), order);
    }

    [Fact]
    public void Diagnostic_prints_as_path_line_severity_message()
    {
        SampleContent.WriteMinimalSite(_tree);
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", ["order: two"]));

        var result = Load(_tree);

        Assert.Equal("clusters/us/care/aides.md:4: error: 'order' must be a whole number, not 'two'", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Missing_folder_and_empty_folder_are_errors()
    {
        var missing = CreateLoader().Load(Path.Combine(_tree.Root, "nope"));
        Assert.Contains("content folder not found", Assert.Single(missing.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Null(missing.Site);

        var empty = CreateLoader().Load(_tree.Root);
        Assert.Contains("no content pages found", Assert.Single(empty.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Null(empty.Site);
    }

    [Fact]
    public void The_repository_content_passes_with_no_errors()
    {
        var result = CreateLoader(TimeProvider.System).Load(RepoPaths.Content);

        Assert.True(result.ErrorCount == 0, string.Join("\n", result.Diagnostics));
        var site = Assert.IsType<Model.ContentSite>(result.Site);
        Assert.Equal(2, site.Clusters.Count);
        Assert.Equal(9, site.Pathways.Count);
        Assert.Equal(5, site.FaqEntries.Count);
        Assert.Equal(Directory.EnumerateFiles(RepoPaths.Content, "*", SearchOption.AllDirectories).Count() - 1, result.FilesChecked);
        Assert.Equal(116, site.UsData.Listing.Count);
        var coded = site.Roles.Where(r => r.Onet is not null).Select(r => r.Onet!.Value).ToHashSet();
        Assert.All(site.UsData.Listing, listed => Assert.Contains(listed.Code, coded));
        Assert.Contains(site.Roles, r => r.Slug == "nurses" && r.MedianPay is { Amount: 75000m, Currency: "USD" });
    }

    [Fact]
    public void Drafts_are_dropped_with_everything_below_them()
    {
        SampleContent.WriteMinimalSite(_tree);
        _tree.Write("clusters/uk/_index.md", SampleContent.Cluster("UK careers", "UK", ["draft: true"]));
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", ["draft: true"]));

        var site = Load(_tree).Site!;
        var published = site.WithoutDrafts();

        Assert.Equal(8, site.PageCount);
        Assert.Equal(["us"], published.Clusters.Select(c => c.Slug));
        Assert.Equal(["care"], published.Pathways.Select(p => p.Slug));
        Assert.Equal(["nurses"], published.Roles.Select(r => r.Slug));
        Assert.Single(published.FaqEntries);
    }
}
