using System.Text;

namespace CareerCluster.Data.Search;

/// <summary>
/// Turns whatever a reader typed into a safe FTS5 query: each word becomes a quoted prefix term, so
/// FTS syntax (quotes, *, NEAR(, OR, -, :, ^, brackets) is matched as text, never parsed.
/// </summary>
public static class SearchQuery
{
    public const int MaxLength = 200;
    private const int MaxTerms = 12;

    public static IReadOnlyList<string> Terms(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [];
        }

        var terms = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in input.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                terms.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            terms.Add(current.ToString());
        }

        return terms.Select(t => t.ToLowerInvariant()).Distinct().Take(MaxTerms).ToList();
    }

    /// <summary>"sono tech" becomes "sono"* "tech"*: every word must match, each as a prefix.</summary>
    public static string ToMatchExpression(IEnumerable<string> terms) =>
        string.Join(' ', terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));
}
