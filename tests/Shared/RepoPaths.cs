namespace CareerCluster.Tests;

/// <summary>Locates the repository (the folder holding CareerCluster.sln) from the test binaries.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerCluster.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CareerCluster.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    /// <summary>The repository's real content folder: tests read it, never write to it.</summary>
    public static string Content => Path.Combine(Root, "content");
}
