using CareerCluster.Content.Model;
using CareerCluster.Content.Parsing;
using CareerCluster.Tests;
using static CareerCluster.Content.Tests.ContentAssert;

namespace CareerCluster.Content.Tests.Parsing;

/// <summary>Where a file sits decides what it is; anything else is reported on line 1 of that file.</summary>
public sealed class ContentLayoutTests : IDisposable
{
    private readonly TempContentTree _tree = new();

    public ContentLayoutTests() => SampleContent.WriteMinimalSite(_tree);

    public void Dispose() => _tree.Dispose();

    [Theory]
    [InlineData("clusters/us/care/Nurse-Aides.md", "Nurse-Aides")]
    [InlineData("clusters/us/care/nurse aides.md", "nurse aides")]
    [InlineData("clusters/us/care/nurse_aides.md", "nurse_aides")]
    [InlineData("clusters/us/Care-Work/_index.md", "Care-Work")]
    [InlineData("faq/What_Is.md", "What_Is")]
    public void Bad_slug_is_reported_on_line_1(string path, string badSegment)
    {
        _tree.Write(path, SampleContent.Role("Anything"));

        var result = Load(_tree);

        var error = Error(result, path, 1, $"bad slug '{badSegment}'");
        Assert.Contains("lowercase", error.Message, StringComparison.Ordinal);
        OnlyErrorsIn(result, path);
    }

    [Theory]
    [InlineData("notes.md")]
    [InlineData("clusters/us/care/extra/deep.md")]
    [InlineData("clusters/_index.md")]
    [InlineData("faq/_index.md")]
    [InlineData("faq/nested/question.md")]
    [InlineData("clusters/us/care/photo.png")]
    [InlineData("clusters/us/care/nurses.markdown")]
    public void File_outside_the_layout_is_reported_on_line_1(string path)
    {
        _tree.Write(path, SampleContent.Role("Anything"));

        var result = Load(_tree);

        Error(result, path, 1, "file outside the layout");
        OnlyErrorsIn(result, path);
    }

    [Fact]
    public void Readme_and_dot_files_are_not_pages()
    {
        _tree.Write("README.md", "# Editors' guide, not a page");
        _tree.Write("clusters/us/.DS_Store", "binary junk");
        _tree.Write("clusters/us/care/.nurses.md.swp", "editor swap file");

        Clean(Load(_tree));
    }

    [Theory]
    [InlineData("clusters/us/_index.md", ContentKind.Cluster, "us", "us", null)]
    [InlineData("clusters/us/care/_index.md", ContentKind.Pathway, "care", "us", "care")]
    [InlineData("clusters/us/care/nurses.md", ContentKind.Role, "nurses", "us", "care")]
    [InlineData("faq/what-is-this.md", ContentKind.Faq, "what-is-this", null, null)]
    public void Classifies_each_kind(string path, ContentKind kind, string slug, string? cluster, string? pathway)
    {
        var (location, error) = ContentLayout.Classify(path);

        Assert.Null(error);
        Assert.Equal(new ContentLocation(kind, slug, cluster, pathway), location);
    }

    [Fact]
    public void Pathway_without_its_cluster_and_role_without_its_pathway_are_reported()
    {
        _tree.Write("clusters/ghost/area/_index.md", SampleContent.Pathway("Area"));
        _tree.Write("clusters/us/nowhere/orphan.md", SampleContent.Role("Orphan"));

        var result = Load(_tree);

        Error(result, "clusters/ghost/area/_index.md", 1, "has no clusters/ghost/_index.md");
        Error(result, "clusters/us/nowhere/orphan.md", 1, "has no clusters/us/nowhere/_index.md");
    }
}
