using CareerCluster.Content.Loading;
using CareerCluster.Tests;

namespace CareerCluster.Content.Tests.Loading;

public sealed class ContentFilesTests : IDisposable
{
    private readonly TempContentTree _tree = new();

    public ContentFilesTests() => SampleContent.WriteMinimalSite(_tree);

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Enumerate_lists_pages_in_ordinal_order_without_readme_or_dot_files()
    {
        _tree.Write("README.md", "guide");
        _tree.Write("clusters/.hidden.md", "x");

        var files = ContentFiles.Enumerate(_tree.Root);

        Assert.Equal(_tree.MarkdownPages().Where(p => !p.Contains("/.", StringComparison.Ordinal)), files);
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Fingerprint_is_stable_and_changes_with_bytes_names_and_salt()
    {
        var first = ContentFiles.Fingerprint(_tree.Root, "salt");
        Assert.Equal(first, ContentFiles.Fingerprint(_tree.Root, "salt"));
        Assert.NotEqual(first, ContentFiles.Fingerprint(_tree.Root, "other salt"));

        _tree.Write("README.md", "the guide is not content");
        Assert.Equal(first, ContentFiles.Fingerprint(_tree.Root, "salt"));

        _tree.Write("clusters/us/care/aides.md", _tree.Read("clusters/us/care/aides.md") + " ");
        var edited = ContentFiles.Fingerprint(_tree.Root, "salt");
        Assert.NotEqual(first, edited);

        _tree.Move("clusters/us/care/aides.md", "clusters/us/care/helpers.md");
        Assert.NotEqual(edited, ContentFiles.Fingerprint(_tree.Root, "salt"));
    }
}
