using CareerCluster.Content.Model;

namespace CareerCluster.Content.Parsing;

/// <summary>Which front-matter keys each kind of page takes (the editors' contract).</summary>
public static class FrontMatterSchema
{
    private static readonly string[] Common = ["last_reviewed", "sources", "order", "draft"];
    private static readonly string[] Titled = ["title", "summary", "aliases"];
    private static readonly string[] Described = ["education", "skills", "work_settings"];

    public static IReadOnlySet<string> AllowedKeys(ContentKind kind) => kind switch
    {
        ContentKind.Cluster => Set(Common, Titled, ["region", "outlook"]),
        ContentKind.Pathway => Set(Common, Titled, Described),
        ContentKind.Role => Set(Common, Titled, Described, ["median_pay", "related", "onet"]),
        ContentKind.Faq => Set(Common, ["question", "cluster"]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <param name="hasOccupation">A role that names its O*NET occupation may leave out its summary (the occupation's description stands in).</param>
    public static IReadOnlyList<string> RequiredKeys(ContentKind kind, bool hasOccupation = false) => kind switch
    {
        ContentKind.Role when hasOccupation => ["title", "last_reviewed", "sources"],
        ContentKind.Cluster => ["title", "summary", "last_reviewed", "sources", "region"],
        ContentKind.Faq => ["question", "last_reviewed", "sources"],
        _ => ["title", "summary", "last_reviewed", "sources"],
    };

    public static readonly IReadOnlySet<string> MedianPayKeys = new HashSet<string> { "amount", "currency", "period", "occupation" };
    public static readonly IReadOnlySet<string> OutlookKeys = new HashSet<string> { "growth_percent", "period", "all_occupations_percent" };
    public static readonly IReadOnlySet<string> SourceKeys = new HashSet<string> { "name", "url" };
    public static readonly IReadOnlySet<string> Currencies = new HashSet<string> { "USD", "GBP" };
    public static readonly IReadOnlySet<string> Regions = new HashSet<string> { "US", "UK" };
    public const int MaxSummaryLength = 300;

    /// <summary>The closest allowed key to a misspelt one, when it is close enough to be a typo.</summary>
    public static string? DidYouMean(string key, IEnumerable<string> allowed) =>
        allowed.Select(candidate => (candidate, distance: EditDistance(key, candidate)))
            .Where(x => x.distance <= Math.Max(2, key.Length / 4))
            .OrderBy(x => x.distance)
            .Select(x => x.candidate)
            .FirstOrDefault();

    private static HashSet<string> Set(params string[][] groups) => groups.SelectMany(g => g).ToHashSet();

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
