using System.Security.Cryptography;
using CareerCluster.Content.Parsing;

namespace CareerCluster.Content.Loading;

/// <summary>Which files make up a content tree, and a fingerprint of them.</summary>
public static class ContentFiles
{
    public static IReadOnlyList<string> Enumerate(string contentRoot) =>
        Directory.EnumerateFiles(contentRoot, "*", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(contentRoot, full).Replace('\\', '/'))
            .Where(relative => !ContentLayout.IsIgnored(relative))
            .Order(StringComparer.Ordinal)
            .ToList();

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
            hash.AppendData(File.ReadAllBytes(Path.Combine(contentRoot, relative)));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
