using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CareerCluster.Data;

/// <summary>
/// Lets `dotnet ef dbcontext optimize` create the context without starting the site (at run time the
/// connection string comes from the live content snapshot, which design time does not have).
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CareersDbContext>
{
    public CareersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CareersDbContext>().UseSqlite("Data Source=:memory:").Options);
}
