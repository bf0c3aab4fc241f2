using System.Text;

namespace CareerCluster.Tests;

/// <summary>A real content folder under the system temp directory, deleted on Dispose.</summary>
public sealed class TempContentTree : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempContentTree(string? copyFrom = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "careercluster-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        if (copyFrom is not null)
        {
            CopyFrom(copyFrom);
        }
    }

    public string Root { get; }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public string Write(string relativePath, string text)
    {
        var full = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, Utf8NoBom);
        return full;
    }

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Read(string relativePath) => File.ReadAllText(FullPath(relativePath));

    public bool Exists(string relativePath) => File.Exists(FullPath(relativePath));

    public void Delete(string relativePath) => File.Delete(FullPath(relativePath));

    public void Move(string fromRelativePath, string toRelativePath) => File.Move(FullPath(fromRelativePath), FullPath(toRelativePath));

    /// <summary>Rewrites a file through a text replacement; fails loudly when the text is not there.</summary>
    public void Replace(string relativePath, string oldText, string newText)
    {
        var text = Read(relativePath);
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{oldText}' not found in {relativePath}");
        }

        Write(relativePath, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void CopyFrom(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var target = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public IReadOnlyList<string> MarkdownPages() =>
        Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => f != "README.md")
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose() => DeleteDirectory(Root);

    public static void DeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open (a pooled SQLite connection); the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
