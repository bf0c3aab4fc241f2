using System.IO.Enumeration;
using System.Security.Cryptography;
using CareerCluster.Content.OccupationData;
using CareerCluster.Content.Parsing;

namespace CareerCluster.Content.Loading;

/// <summary>Which files make up a content tree, and a fingerprint of them.</summary>
public static class ContentFiles
{
    /// <summary>A page file (Markdown) larger than this is an error; the largest real one is a few kilobytes.</summary>
    public const long MaxPageFileBytes = 256 * 1024;

    /// <summary>A data file (content/data) larger than this is an error; the largest real one is under 2 MB.</summary>
    public const long MaxDataFileBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Every file under the root, as relative paths. Symbolic links are never followed: a linked file or folder is
    /// listed itself (so the loader reports it), never what it points to.
    /// </summary>
    public static IReadOnlyList<string> Enumerate(string contentRoot) =>
        new FileSystemEnumerable<string>(
            contentRoot,
            (ref FileSystemEntry entry) => Path.GetRelativePath(contentRoot, entry.ToFullPath()).Replace('\\', '/'),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || IsLink(entry.Attributes),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(entry.Attributes),
        }
            .Where(relative => !ContentLayout.IsIgnored(relative))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Why a content file must not be read, or null when it may: a symbolic link (it could point at /dev/zero or
    /// outside the tree), an empty file (FIFOs and devices report no size, so they are never opened), or a file
    /// over the size limit.
    /// </summary>
    public static string? Unreadable(string contentRoot, string relativePath)
    {
        var info = new FileInfo(Path.Combine(contentRoot, relativePath));
        if (IsLink(info.Attributes) || info.LinkTarget is not null)
        {
            return "symbolic links are not allowed in content: put the file itself here";
        }

        if (!info.Exists)
        {
            return "the file could not be found";
        }

        if (info.Length == 0)
        {
            return EmptyFile;
        }

        var limit = UsDataReader.IsDataPath(relativePath) ? MaxDataFileBytes : MaxPageFileBytes;
        return info.Length > limit
            ? $"the file is {info.Length / 1024:N0} KB; a content file may be at most {limit / 1024:N0} KB"
            : null;
    }

    public const string EmptyFile = "the file is empty";

    private static bool IsLink(FileAttributes attributes) => (attributes & FileAttributes.ReparsePoint) != 0;

    /// <summary>
    /// A hash of every file's path and bytes, plus a caller salt (code version, draft mode), so an
    /// unchanged tree can reuse the database it built last time without parsing anything.
    /// </summary>
    public static string Fingerprint(string contentRoot, string salt)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(salt + "\n"));
        foreach (var relative in Enumerate(contentRoot))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(Unreadable(contentRoot, relative) is { } reason
                ? System.Text.Encoding.UTF8.GetBytes(reason)
                : File.ReadAllBytes(Path.Combine(contentRoot, relative)));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
