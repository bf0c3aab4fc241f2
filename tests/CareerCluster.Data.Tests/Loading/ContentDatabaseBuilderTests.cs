using CareerCluster.Content.Model;
using CareerCluster.Data.Loading;
using CareerCluster.Data.Search;
using CareerCluster.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Data.Tests.Loading;

public sealed class ContentDatabaseBuilderTests : IDisposable
{
    private readonly DataHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private ContentDatabaseBuilder Builder => new(_harness.Clock);

    private static async Task<long> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Builds_every_row_of_a_small_site()
    {
        SampleContent.WriteMinimalSite(_harness.Tree);
        _harness.Tree.Write("clusters/us/care/aides.md", SampleContent.Page(
            ["title: \"Aides\"", "summary: \"Aides help.\"", "order: 2", "aliases:", "  - helpers", "  - care-aides", "education: \"On the job.\"",
             "skills: [Patience, \"Care & kindness\"]", "work_settings: [Wards, \"Care homes\"]", "last_reviewed: 2026-05-05",
             "sources:", "  - name: \"First source\"", "    url: \"https://example.org/first\"", "  - name: \"Second source\""],
            "Aides <b>help</b> on [wards](/roles/nurses)."));
        _harness.Tree.Write("clusters/us/care/_index.md", SampleContent.Pathway("Care", ["order: 1", "aliases: [caring]", "education: \"A course.\"", "skills: [Kindness]", "work_settings: [Wards]"]));
        var site = _harness.LoadSite();

        await Builder.BuildAsync(site, "hash-1", _harness.DatabasePath);

        await using var db = DataHarness.Open(_harness.DatabasePath);
        var clusters = await db.Clusters.OrderBy(c => c.SortOrder).ToListAsync();
        Assert.Equal(["us", "uk"], clusters.Select(c => c.Slug));
        Assert.Equal(["US", "UK"], clusters.Select(c => c.Region));
        Assert.Equal("Seed document", clusters[0].Sources.Single().Name);

        var pathways = await db.Pathways.Include(p => p.Cluster).OrderBy(p => p.Slug).ToListAsync();
        Assert.Equal(["care", "science"], pathways.Select(p => p.Slug));
        Assert.Equal(["us", "uk"], pathways.Select(p => p.Cluster.Slug));
        Assert.Equal("A course.", pathways[0].Education);
        Assert.Equal(["Kindness"], pathways[0].Skills);
        Assert.Equal(["Wards"], pathways[0].WorkSettings);

        var roles = await db.Roles.Include(r => r.Pathway).OrderBy(r => r.Slug).ToListAsync();
        Assert.Equal(["aides", "genetics", "nurses"], roles.Select(r => r.Slug));
        var nurses = roles.Single(r => r.Slug == "nurses");
        Assert.Equal("care", nurses.Pathway.Slug);
        Assert.Equal(75000m, nurses.MedianPayAmount);
        Assert.Equal("USD", nurses.MedianPayCurrency);
        Assert.Equal("year", nurses.MedianPayPeriod);
        Assert.Equal("Registered nurses", nurses.MedianPayOccupation);
        Assert.Equal(1, nurses.SortOrder);
        Assert.Equal(new DateOnly(2026, 6, 1), nurses.LastReviewed);
        Assert.Contains("<p>Body of Nurses.</p>", nurses.BodyHtml, StringComparison.Ordinal);
        var aides = roles.Single(r => r.Slug == "aides");
        Assert.Null(aides.MedianPayAmount);
        Assert.Equal("Aides help.", aides.Summary);
        Assert.Equal("On the job.", aides.Education);
        Assert.Equal(["Patience", "Care & kindness"], aides.Skills);
        Assert.Equal(["Wards", "Care homes"], aides.WorkSettings);
        Assert.Equal(new DateOnly(2026, 5, 5), aides.LastReviewed);
        Assert.Equal(2, aides.SortOrder);
        Assert.Equal([("First source", "https://example.org/first"), ("Second source", (string?)null)], aides.Sources.Select(x => (x.Name, x.Url)));
        Assert.Equal("<p>Aides &lt;b&gt;help&lt;/b&gt; on <a href=\"/roles/nurses\">wards</a>.</p>", aides.BodyHtml.Trim());

        // genetics lists nurses; the link is stored both ways.
        var links = await db.RoleLinks
            .Select(l => new { From = db.Roles.Single(r => r.Id == l.RoleId).Slug, To = l.RelatedRole.Slug })
            .ToListAsync();
        Assert.Equal(2, links.Count);
        Assert.Contains(links, l => l.From == "genetics" && l.To == "nurses");
        Assert.Contains(links, l => l.From == "nurses" && l.To == "genetics");

        var aliases = await db.Aliases.OrderBy(a => a.OldSlug).Select(a => new { a.Section, a.OldSlug, a.Slug }).ToListAsync();
        Assert.Equal(
            [new { Section = "roles", OldSlug = "care-aides", Slug = "aides" }, new { Section = "pathways", OldSlug = "caring", Slug = "care" }, new { Section = "roles", OldSlug = "helpers", Slug = "aides" }],
            aliases);

        var faq = await db.FaqEntries.Include(f => f.Cluster).SingleAsync();
        Assert.Equal("what-is-this", faq.Slug);
        Assert.Equal("What is this?", faq.Question);
        Assert.Equal("us", faq.Cluster?.Slug);

        var version = await db.ContentVersions.SingleAsync();
        Assert.Equal("hash-1", version.Hash);
        Assert.Equal(8, version.PageCount);
        Assert.Equal(_harness.Clock.GetUtcNow(), version.BuiltAt);

        Assert.Equal(8, await ScalarAsync(_harness.DatabasePath, $"SELECT count(*) FROM {SearchIndex.Table}"));
        Assert.Equal(1, await ScalarAsync(_harness.DatabasePath, $"SELECT count(*) FROM {SearchIndex.Table} WHERE kind = 'Faq' AND slug = 'what-is-this'"));
        Assert.Equal(1, await ScalarAsync(_harness.DatabasePath, $"SELECT count(*) FROM {SearchIndex.Table} WHERE {SearchIndex.Table} MATCH 'genetics' AND kind = 'Role'"));
    }

    [Fact]
    public async Task Symmetric_links_are_not_doubled_when_both_sides_list_each_other()
    {
        SampleContent.WriteMinimalSite(_harness.Tree);
        _harness.Tree.Write("clusters/us/care/nurses.md", SampleContent.Role("Nurses", ["related:", "  - genetics"]));

        await Builder.BuildAsync(_harness.LoadSite(), "h", _harness.DatabasePath);

        await using var db = DataHarness.Open(_harness.DatabasePath);
        Assert.Equal(2, await db.RoleLinks.CountAsync());
    }

    [Fact]
    public async Task Builds_the_repository_content_with_a_search_row_per_page()
    {
        _harness.Tree.CopyFrom(RepoPaths.Content);
        var site = _harness.LoadSite();

        await Builder.BuildAsync(site, "real", _harness.DatabasePath);

        await using var db = DataHarness.Open(_harness.DatabasePath);
        Assert.Equal(2, await db.Clusters.CountAsync());
        Assert.Equal(9, await db.Pathways.CountAsync());
        Assert.Equal(site.Roles.Count, await db.Roles.CountAsync());
        Assert.Equal(5, await db.FaqEntries.CountAsync());
        Assert.Equal(site.PageCount, await ScalarAsync(_harness.DatabasePath, $"SELECT count(*) FROM {SearchIndex.Table}"));
        var managers = await db.Roles.SingleAsync(r => r.Slug == "hospital-administrators");
        Assert.Equal(100000m, managers.MedianPayAmount);
        Assert.Equal("Medical and health services managers", managers.MedianPayOccupation);

        // Every role link has its mirror.
        var pairs = await db.RoleLinks.Select(l => new { l.RoleId, l.RelatedRoleId }).ToListAsync();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.Contains(pairs, q => q.RoleId == p.RelatedRoleId && q.RelatedRoleId == p.RoleId));
    }

    [Fact]
    public async Task The_database_file_appears_only_when_complete_and_leaves_no_building_files()
    {
        _harness.Tree.CopyFrom(RepoPaths.Content);
        var site = _harness.LoadSite();
        var seenIncomplete = new List<string>();

        var build = Builder.BuildAsync(site, "watched", _harness.DatabasePath);
        while (!build.IsCompleted)
        {
            if (File.Exists(_harness.DatabasePath))
            {
                // Whenever the final name exists, it must already hold the finished build.
                try
                {
                    var versions = await ScalarAsync(_harness.DatabasePath, "SELECT count(*) FROM ContentVersions");
                    if (versions != 1)
                    {
                        seenIncomplete.Add($"{versions} version rows");
                    }
                }
                catch (SqliteException ex)
                {
                    seenIncomplete.Add(ex.Message);
                }
            }

            await Task.Delay(1);
        }

        await build;
        Assert.Empty(seenIncomplete);
        Assert.Equal(["careers.db"], _harness.DataFiles());
    }

    [Fact]
    public async Task A_failed_build_leaves_neither_the_database_nor_a_building_file()
    {
        SampleContent.WriteMinimalSite(_harness.Tree);
        var valid = _harness.LoadSite();
        var nurses = valid.Roles.Single(r => r.Slug == "nurses");
        // Two roles with one slug break the unique index halfway through the build.
        var broken = new ContentSite([.. valid.Clusters, .. valid.Pathways, .. valid.Roles, Clone(nurses, "clusters/us/care/zz-copy.md")]);

        await Assert.ThrowsAnyAsync<Exception>(() => Builder.BuildAsync(broken, "broken", _harness.DatabasePath));

        Assert.Empty(_harness.DataFiles());
    }

    [Fact]
    public async Task A_rebuild_replaces_the_previous_file_whole()
    {
        SampleContent.WriteMinimalSite(_harness.Tree);
        await Builder.BuildAsync(_harness.LoadSite(), "first", _harness.DatabasePath);
        _harness.Tree.Delete("clusters/us/care/aides.md");

        await Builder.BuildAsync(_harness.LoadSite(), "second", _harness.DatabasePath);

        await using var db = DataHarness.Open(_harness.DatabasePath);
        Assert.Equal("second", (await db.ContentVersions.SingleAsync()).Hash);
        Assert.False(await db.Roles.AnyAsync(r => r.Slug == "aides"));
        Assert.Equal(["careers.db"], _harness.DataFiles());
    }

    private static ContentPage Clone(ContentPage page, string relativePath) => new()
    {
        Kind = page.Kind,
        Slug = page.Slug,
        RelativePath = relativePath,
        ClusterSlug = page.ClusterSlug,
        PathwaySlug = page.PathwaySlug,
        FrontMatter = page.FrontMatter,
        BodyHtml = page.BodyHtml,
        BodyText = page.BodyText,
    };
}
