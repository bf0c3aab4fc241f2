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
                var writer = new EntityWriter((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction(), db.Model);
                var rows = SiteEntities.From(site);
                // Parents before children, as the foreign keys require.
                writer.Write(rows.Occupations);
                writer.Write(rows.InterestTypes);
                writer.Write(rows.JobZones);
                writer.Write(rows.ProjectionSummaries);
                writer.Write(rows.DataReleases);
                writer.Write(rows.QuizStatements);
                writer.Write(rows.Clusters);
                writer.Write(rows.Pathways);
                writer.Write(rows.Roles);
                writer.Write(rows.RoleLinks);
                writer.Write(rows.FaqEntries);
                writer.Write(rows.Aliases);
                writer.Write([new ContentVersion { Id = 1, Hash = hash, BuiltAt = clock.GetUtcNow(), PageCount = site.PageCount }]);

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
}
