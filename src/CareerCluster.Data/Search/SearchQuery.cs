using System.Collections.Frozen;
using System.Text;

namespace CareerCluster.Data.Search;

/// <summary>
/// Turns whatever a reader typed into a safe FTS5 query: each word becomes a quoted term, so FTS syntax
/// (quotes, *, NEAR(, OR, -, :, ^, brackets) is matched as text, never parsed.
/// </summary>
public static class SearchQuery
{
    public const int MaxLength = 200;
    private const int MaxTerms = 12;

    /// <summary>
    /// Question words students type ("what can I do without a degree?") that every page contains; they
    /// are dropped when the query has other words, so the question finds pages about its subject.
    /// </summary>
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "become", "by", "can", "could", "do", "does",
        "for", "from", "get", "how", "i", "if", "in", "into", "is", "it", "job", "jobs", "me", "my", "need", "of", "on",
        "or", "should", "that", "the", "there", "to", "want", "what", "when", "where", "which", "who", "why", "will",
        "with", "without", "work", "would", "you", "your",
    ], StringComparer.Ordinal);

    /// <summary>Every word of the input, lower-cased and de-duplicated, at most twelve.</summary>
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

    /// <summary>The words worth searching for: the input without its question words, unless that leaves nothing.</summary>
    public static IReadOnlyList<string> KeyTerms(IReadOnlyList<string> terms)
    {
        var key = terms.Where(t => !StopWords.Contains(t)).ToList();
        return key.Count > 0 ? key : terms;
    }

    /// <summary>
    /// Words before the last that are this long and are words of the index are matched as whole words (the
    /// porter stemmer still matches "patients" for "patient"); shorter ones use the prefix indexes (2-4).
    /// A long prefix has no index of its own, so every query that uses it merges the lists of all words it
    /// starts; a reader who typed a space after a word has usually finished it.
    /// </summary>
    public const int WholeWordMinLength = 5;

    /// <summary>The words before the last that are worth checking for whole-word matching.</summary>
    public static IEnumerable<string> WholeWordCandidates(IReadOnlyList<string> terms) =>
        terms.Take(terms.Count - 1).Where(t => t.Length >= WholeWordMinLength);

    /// <summary>"sono tech" becomes "sono"* "tech"*: every word must match, each as a prefix unless it is in <paramref name="wholeWords"/>.</summary>
    public static string ToMatchExpression(IEnumerable<string> terms, IReadOnlySet<string>? wholeWords = null) =>
        string.Join(' ', terms.Select(t => Term(t, wholeWords)));

    /// <summary>"sono tech" becomes "sono"* OR "tech"*: pages with any of the words, those with more ranking higher.</summary>
    public static string ToAnyWordExpression(IEnumerable<string> terms, IReadOnlySet<string>? wholeWords = null) =>
        string.Join(" OR ", terms.Select(t => Term(t, wholeWords)));

    /// <summary>A quoted term, so nothing in it is FTS syntax; "*" makes it a prefix, except for a single
    /// character (as a prefix it would match most of the vocabulary) or a whole word.</summary>
    public static string Term(string term, IReadOnlySet<string>? wholeWords = null) =>
        "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        + (term.Length > 1 && wholeWords?.Contains(term) != true ? "*" : "");
}
