namespace CareerCluster.Web.Hosting;

/// <summary>Finds the content folder and database file when configuration leaves them to the defaults.</summary>
public static class ContentLocator
{
    private const string SolutionFile = "CareerCluster.sln";

    /// <summary>
    /// A configured folder (relative paths from the content root, else from the repository root, because
    /// `dotnet run --project` starts the app in the project folder); by default the repository's content/
    /// when run from a clone, otherwise content/ beside the app.
    /// </summary>
    public static string ResolveContentPath(string? configured, string contentRoot)
    {
        var repository = RepositoryRoot(contentRoot);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var fromContentRoot = Path.GetFullPath(configured, contentRoot);
            return Directory.Exists(fromContentRoot) || Path.IsPathRooted(configured) || repository is null
                ? fromContentRoot
                : Path.GetFullPath(configured, repository);
        }

        return Path.Combine(repository ?? contentRoot, "content");
    }

    /// <summary>The clone this app runs from (the folder holding CareerCluster.sln and content/), if any.</summary>
    public static string? RepositoryRoot(string contentRoot) =>
        new[] { contentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .Select(EnclosingRepository)
            .FirstOrDefault(root => root is not null);

    /// <summary>The clone that contains this folder, if any.</summary>
    public static string? EnclosingRepository(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)) && Directory.Exists(Path.Combine(dir.FullName, "content")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The database file named by a SQLite connection string, relative paths taken from the content root.</summary>
    public static string ResolveDatabasePath(string? connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString ?? "Data Source=data/careers.db");
        var dataSource = string.IsNullOrWhiteSpace(builder.DataSource) ? "data/careers.db" : builder.DataSource;
        return Path.GetFullPath(dataSource, contentRoot);
    }
}
