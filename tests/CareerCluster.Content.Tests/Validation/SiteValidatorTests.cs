using CareerCluster.Tests;
using static CareerCluster.Content.Tests.ContentAssert;

namespace CareerCluster.Content.Tests.Validation;

/// <summary>Checks across files: unique slugs, aliases, related roles and internal links.</summary>
public sealed class SiteValidatorTests : IDisposable
{
    private readonly TempContentTree _tree = new();

    public SiteValidatorTests() => SampleContent.WriteMinimalSite(_tree);

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Minimal_site_is_clean()
    {
        var result = Load(_tree);

        Clean(result);
        Assert.Equal(8, result.FilesChecked);
        Assert.Equal(8, result.Site!.PageCount);
    }

    [Fact]
    public void Same_role_slug_in_two_pathways_is_reported_on_the_second_file()
    {
        // "clusters/uk/science/genetics.md" sorts first, so the US copy is the duplicate.
        _tree.Write("clusters/us/care/genetics.md", SampleContent.Role("Genetics again"));

        var result = Load(_tree);

        var error = Error(result, "clusters/us/care/genetics.md", 1, "the role slug 'genetics' is already used by clusters/uk/science/genetics.md");
        Assert.Contains("unique", error.Message, StringComparison.Ordinal);
        OnlyErrorsIn(result, "clusters/us/care/genetics.md");
    }

    [Fact]
    public void Same_pathway_slug_in_two_clusters_is_reported()
    {
        _tree.Write("clusters/uk/care/_index.md", SampleContent.Pathway("UK care"));

        var result = Load(_tree);

        Error(result, "clusters/us/care/_index.md", 1, "the pathway slug 'care' is already used by clusters/uk/care/_index.md");
    }

    [Fact]
    public void Alias_equal_to_a_real_slug_is_reported_at_the_alias_line()
    {
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", [
            "aliases:",        // 4
            "  - care-aides",  // 5
            "  - nurses",      // 6
        ]));

        var result = Load(_tree);

        var error = Error(result, "clusters/us/care/aides.md", 6, "alias 'nurses' is the slug of an existing role");
        OnlyErrorsIn(result, "clusters/us/care/aides.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("care-aides", StringComparison.Ordinal));
        Assert.NotNull(error);
    }

    [Fact]
    public void Alias_equal_to_another_pages_alias_is_reported_on_the_second_page()
    {
        _tree.Write("clusters/uk/science/genetics.md", SampleContent.Role("Genetics", ["aliases:", "  - old-name"]));
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", [
            "order: 2",        // 4
            "aliases:",        // 5
            "  - old-name",    // 6
        ]));

        var result = Load(_tree);

        Error(result, "clusters/us/care/aides.md", 6, "alias 'old-name' is already an alias of clusters/uk/science/genetics.md");
        OnlyErrorsIn(result, "clusters/us/care/aides.md");
    }

    [Fact]
    public void Alias_that_is_not_a_slug_is_reported()
    {
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", ["aliases:", "  - Old_Name"]));

        var result = Load(_tree);

        Error(result, "clusters/us/care/aides.md", 5, "alias 'Old_Name' is not a valid slug");
    }

    [Fact]
    public void Related_naming_a_missing_role_is_reported_at_its_line()
    {
        _tree.Write("clusters/uk/science/genetics.md", SampleContent.Role("Genetics", [
            "related:",          // 4
            "  - nurses",        // 5
            "  - no-such-role",  // 6
        ]));

        var result = Load(_tree);

        Error(result, "clusters/uk/science/genetics.md", 6, "related role 'no-such-role' does not exist");
        OnlyErrorsIn(result, "clusters/uk/science/genetics.md");
    }

    [Fact]
    public void Related_naming_itself_is_reported()
    {
        _tree.Write("clusters/uk/science/genetics.md", SampleContent.Role("Genetics", ["related:", "  - genetics"]));

        var result = Load(_tree);

        Error(result, "clusters/uk/science/genetics.md", 5, "cannot be related to itself");
    }

    [Fact]
    public void Faq_cluster_that_does_not_exist_is_reported()
    {
        _tree.Write("faq/what-is-this.md", SampleContent.Faq("What is this?", ["cluster: nowhere"]));

        var result = Load(_tree);

        Error(result, "faq/what-is-this.md", 3, "cluster 'nowhere' does not exist");
    }

    [Fact]
    public void Internal_links_to_missing_pages_are_reported_at_the_link_line()
    {
        // Role(): lines 1-7 are front matter and fences, line 8 is blank, the body starts on line 9.
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", body: string.Join("\n",
            "Intro paragraph with a fine [link](/roles/nurses).",          // 9
            "",                                                            // 10
            "See [a missing role](/roles/missing-role) here.",             // 11
            "",                                                            // 12
            "- [missing pathway](/pathways/missing-pathway)",              // 13
            "- [missing cluster](/clusters/missing-cluster/)",             // 14
            "",                                                            // 15
            "A paragraph that starts here",                                // 16
            "and links [a missing question](/faq#missing-question) later.", // 17
            "",                                                            // 18
            "Fine: [faq](/faq#what-is-this), [pathway](/pathways/care), [cluster](/clusters/uk), [home](/), [ext](https://example.org/roles/x).")));

        var result = Load(_tree);

        const string Aides = "clusters/us/care/aides.md";
        Error(result, Aides, 11, "link to /roles/missing-role: no such role");
        Error(result, Aides, 13, "link to /pathways/missing-pathway: no such pathway");
        Error(result, Aides, 14, "link to /clusters/missing-cluster/: no such cluster");
        Error(result, Aides, 17, "link to /faq#missing-question: no such FAQ entry");
        Assert.Equal(4, result.ErrorCount);
    }

    [Fact]
    public void Reference_style_and_autolinked_internal_links_are_checked_too()
    {
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", body: string.Join("\n",
            "See [the missing role][gone] for more.",          // 9
            "",                                                // 10
            "[gone]: /roles/gone-role",                        // 11
            "",                                                // 12
            "Also [an image link](/clusters/nowhere \"title\")."))); // 13

        var result = Load(_tree);

        const string Aides = "clusters/us/care/aides.md";
        Error(result, Aides, 9, "link to /roles/gone-role: no such role");
        Error(result, Aides, 13, "link to /clusters/nowhere: no such cluster");
    }

    [Fact]
    public void Internal_link_to_an_alias_is_accepted()
    {
        _tree.Write("clusters/uk/science/genetics.md", SampleContent.Role("Genetics", ["aliases:", "  - gene-science"]));
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", body: "See [the old page](/roles/gene-science)."));

        Clean(Load(_tree));
    }

    [Fact]
    public void Broken_file_does_not_cascade_into_missing_page_errors()
    {
        // nurses.md is broken, but it still exists: links and related entries naming it are not reported.
        _tree.Write("clusters/us/care/nurses.md", "no front matter\n");

        var result = Load(_tree);

        Error(result, "clusters/us/care/nurses.md", 1, "front matter not opened");
        Assert.Equal(1, result.ErrorCount);
    }
}
