using CareerCluster.Content.Model;
using CareerCluster.Data.Entities;
using CareerCluster.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerCluster.Data.Loading;

/// <summary>
/// Builds a complete SQLite database from validated content into a temporary file and moves it into
/// place only when finished, so no reader ever opens a half-built database.
/// </summary>
public sealed class ContentDatabaseBuilder(TimeProvider clock)
{
    /// <summary>
    /// Writes the tables through EF Core's SaveChanges instead of the bulk writer (same rows, much slower),
    /// for the test that proves the two identical. A model column the bulk writer does not know fails that
    /// test (BulkWriterSupportsModel) rather than silently slowing every build.
    /// </summary>
    public bool UseEfCore { get; init; }

    /// <summary>True while the bulk writer knows every table and column of the model (a test keeps it so).</summary>
    public static bool BulkWriterSupportsModel()
    {
        using var db = new CareersDbContext(new DbContextOptionsBuilder<CareersDbContext>().UseSqlite("Data Source=:memory:").Options);
        return BulkContentWriter.Supports(db.Model);
    }

    public async Task BuildAsync(ContentSite site, string hash, string databasePath, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var buildingPath = $"{databasePath}.{Guid.NewGuid():N}.building";
        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = buildingPath, Pooling = false }.ToString();
            await using (var db = new CareersDbContext(new DbContextOptionsBuilder<CareersDbContext>().UseSqlite(connectionString).Options))
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                // The file is private until it is renamed into place, so durability during the build buys nothing.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;", cancellationToken);
                await db.Database.EnsureCreatedAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (UseEfCore)
                {
                    AddSite(db, site, hash);
                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync(cancellationToken);
                }
                else
                {
                    BulkContentWriter.Write((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction(), site, hash, clock.GetUtcNow());
                }

                await SearchIndex.CreateAsync(db, site, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            File.Move(buildingPath, databasePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(buildingPath))
            {
                File.Delete(buildingPath);
            }
        }
    }

    private void AddSite(CareersDbContext db, ContentSite site, string hash)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var clusters = site.Clusters.ToDictionary(c => c.Slug, c => new Cluster
        {
            Slug = c.Slug,
            Title = c.Title,
            Summary = c.Summary,
            Region = c.Region!,
            OutlookGrowthPercent = c.Outlook?.GrowthPercent,
            OutlookPeriod = c.Outlook?.Period,
            OutlookAllOccupationsPercent = c.Outlook?.AllOccupationsPercent,
            BodyHtml = c.BodyHtml,
            LastReviewed = c.LastReviewed,
            SortOrder = c.Order ?? 0,
            Sources = Sources(c),
        });
        var pathways = site.Pathways.ToDictionary(p => p.Slug, p => new Pathway
        {
            Slug = p.Slug,
            Cluster = clusters[p.ClusterSlug!],
            Title = p.Title,
            Summary = p.Summary,
            Education = p.Education,
            Skills = [.. p.Skills],
            WorkSettings = [.. p.WorkSettings],
            BodyHtml = p.BodyHtml,
            LastReviewed = p.LastReviewed,
            SortOrder = p.Order ?? 0,
            Sources = Sources(p),
        });
        var roles = site.Roles.ToDictionary(r => r.Slug, r => new Role
        {
            Slug = r.Slug,
            Pathway = pathways[r.PathwaySlug!],
            Title = r.Title,
            Summary = r.Summary,
            Education = r.Education,
            Skills = [.. r.Skills],
            WorkSettings = [.. r.WorkSettings],
            MedianPayAmount = r.MedianPay?.Amount,
            MedianPayCurrency = r.MedianPay?.Currency,
            MedianPayPeriod = r.MedianPay?.Period,
            MedianPayOccupation = r.MedianPay?.Occupation,
            BodyHtml = r.BodyHtml,
            LastReviewed = r.LastReviewed,
            SortOrder = r.Order ?? 0,
            Sources = Sources(r),
        });

        LinkRelatedRoles(site, roles);
        db.Clusters.AddRange(clusters.Values);
        db.Pathways.AddRange(pathways.Values);
        db.Roles.AddRange(roles.Values);
        db.FaqEntries.AddRange(site.FaqEntries.Select(f => new FaqEntry
        {
            Slug = f.Slug,
            Question = f.Question!,
            AnswerHtml = f.BodyHtml,
            Cluster = f.FaqCluster is { } c && clusters.TryGetValue(c.Value, out var cluster) ? cluster : null,
            LastReviewed = f.LastReviewed,
            SortOrder = f.Order ?? 0,
            Sources = Sources(f),
        }));
        db.Aliases.AddRange(Aliases(site));
        db.ContentVersions.Add(new ContentVersion { Hash = hash, BuiltAt = clock.GetUtcNow(), PageCount = site.PageCount });
    }

    /// <summary>Links every `related` pair both ways, so an editor writes a crosswalk link once.</summary>
    private static void LinkRelatedRoles(ContentSite site, Dictionary<string, Role> roles)
    {
        var pairs = new HashSet<(string From, string To)>();
        foreach (var role in site.Roles)
        {
            foreach (var related in role.Related.Where(r => roles.ContainsKey(r.Value) && r.Value != role.Slug))
            {
                pairs.Add((role.Slug, related.Value));
                pairs.Add((related.Value, role.Slug));
            }
        }

        foreach (var (from, to) in pairs)
        {
            roles[from].Links.Add(new RoleLink { RelatedRole = roles[to] });
        }
    }

    private static IEnumerable<SlugAlias> Aliases(ContentSite site) =>
        site.Clusters.Select(p => (Section: "clusters", Page: p))
            .Concat(site.Pathways.Select(p => (Section: "pathways", Page: p)))
            .Concat(site.Roles.Select(p => (Section: "roles", Page: p)))
            .SelectMany(x => x.Page.Aliases.Select(a => new SlugAlias { Section = x.Section, OldSlug = a.Value, Slug = x.Page.Slug }));

    private static List<SourceLink> Sources(ContentPage page) =>
        page.Sources.Select(s => new SourceLink { Name = s.Name, Url = s.Url }).ToList();
}
