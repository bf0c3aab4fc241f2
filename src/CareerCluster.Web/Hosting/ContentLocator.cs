namespace CareerCluster.Web.Hosting;

/// <summary>Finds the content folder and database file when configuration leaves them to the defaults.</summary>
public static class ContentLocator
{
    private const string SolutionFile = "CareerCluster.sln";

    /// <summary>The repository's content/ when run from a clone; otherwise content/ beside the app.</summary>
    public static string ResolveContentPath(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        foreach (var start in new[] { contentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)) && Directory.Exists(Path.Combine(dir.FullName, "content")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }
        }

        return Path.Combine(contentRoot, "content");
    }

    /// <summary>The database file named by a SQLite connection string, relative paths taken from the content root.</summary>
    public static string ResolveDatabasePath(string? connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString ?? "Data Source=data/careers.db");
        var dataSource = string.IsNullOrWhiteSpace(builder.DataSource) ? "data/careers.db" : builder.DataSource;
        return Path.GetFullPath(dataSource, contentRoot);
    }
}
