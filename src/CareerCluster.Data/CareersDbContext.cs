using CareerCluster.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Data;

public sealed class CareersDbContext(DbContextOptions<CareersDbContext> options) : DbContext(options)
{
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<Pathway> Pathways => Set<Pathway>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<RoleLink> RoleLinks => Set<RoleLink>();
    public DbSet<FaqEntry> FaqEntries => Set<FaqEntry>();
    public DbSet<SlugAlias> Aliases => Set<SlugAlias>();
    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<InterestType> InterestTypes => Set<InterestType>();
    public DbSet<JobZone> JobZones => Set<JobZone>();
    public DbSet<ProjectionSummary> ProjectionSummaries => Set<ProjectionSummary>();
    public DbSet<DataRelease> DataReleases => Set<DataRelease>();
    public DbSet<QuizStatement> QuizStatements => Set<QuizStatement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Cluster>(e =>
        {
            e.HasIndex(c => c.Slug).IsUnique();
            e.OwnsMany(c => c.Sources, s => s.ToJson());
        });
        modelBuilder.Entity<Pathway>(e =>
        {
            e.HasIndex(p => p.Slug).IsUnique();
            e.OwnsMany(p => p.Sources, s => s.ToJson());
        });
        modelBuilder.Entity<Role>(e =>
        {
            e.HasIndex(r => r.Slug).IsUnique();
            e.OwnsMany(r => r.Sources, s => s.ToJson());
            e.OwnsMany(r => r.Crosswalk, s => s.ToJson());
            e.HasMany(r => r.Links).WithOne().HasForeignKey(l => l.RoleId);
            e.HasOne(r => r.Occupation).WithMany().HasForeignKey(r => r.OnetCode);
            e.HasIndex(r => r.OnetCode).IsUnique();
        });
        modelBuilder.Entity<RoleLink>(e =>
        {
            e.HasKey(l => new { l.RoleId, l.RelatedRoleId });
            e.HasOne(l => l.RelatedRole).WithMany().HasForeignKey(l => l.RelatedRoleId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<FaqEntry>(e =>
        {
            e.HasIndex(f => f.Slug).IsUnique();
            e.OwnsMany(f => f.Sources, s => s.ToJson());
        });
        modelBuilder.Entity<SlugAlias>().HasIndex(a => new { a.Section, a.OldSlug }).IsUnique();
        modelBuilder.Entity<Occupation>(e =>
        {
            e.HasKey(o => o.Code);
            e.OwnsMany(o => o.EducationLevels, s => s.ToJson());
        });
        modelBuilder.Entity<InterestType>().HasKey(t => t.Letter);
        modelBuilder.Entity<JobZone>().HasKey(z => z.Zone);
        modelBuilder.Entity<ProjectionSummary>().HasKey(s => s.Code);
        modelBuilder.Entity<DataRelease>().HasKey(r => r.Key);
    }
}
