using CareerCluster.Content.Model;
using YamlDotNet.RepresentationModel;

namespace CareerCluster.Content.Parsing;

/// <summary>
/// One front-matter key of the editors' contract: its name, the page kinds that take it, the kinds that must
/// have it, its type in words (for the guide and error messages), and how it is read into <see cref="FrontMatter"/>.
/// </summary>
internal sealed record FrontMatterKey(string Name, ContentKind[] Kinds, ContentKind[] RequiredFor, string Type, Action<YamlNodeReader, YamlNode, FrontMatter> Read);

/// <summary>
/// The front-matter schema as one table. A new key is a row here and a property on <see cref="FrontMatter"/>;
/// the Data project maps it onto its entity and a view shows it. Nothing else needs to know.
/// </summary>
public static class FrontMatterSchema
{
    private static readonly ContentKind[] Pages = [ContentKind.Cluster, ContentKind.Pathway, ContentKind.Role];
    private static readonly ContentKind[] All = [ContentKind.Cluster, ContentKind.Pathway, ContentKind.Role, ContentKind.Faq];
    private static readonly ContentKind[] Described = [ContentKind.Pathway, ContentKind.Role];
    private static readonly ContentKind[] Roles = [ContentKind.Role];
    private static readonly ContentKind[] None = [];

    public static readonly IReadOnlySet<string> MedianPayKeys = new HashSet<string> { "amount", "currency", "period", "occupation" };
    public static readonly IReadOnlySet<string> OutlookKeys = new HashSet<string> { "growth_percent", "period", "all_occupations_percent" };
    public static readonly IReadOnlySet<string> InterestsKeys = new HashSet<string> { "codes", "reason" };
    public static readonly IReadOnlySet<string> SourceKeys = new HashSet<string> { "name", "url" };
    public static readonly IReadOnlySet<string> Currencies = new HashSet<string> { "USD", "GBP" };
    public static readonly IReadOnlySet<string> PayKeys = new HashSet<string> { "currency", "bands", "low", "high", "year", "source" };
    public static readonly IReadOnlySet<string> CrosswalkKeys = new HashSet<string> { "onet", "reason" };

    /// <summary>The Agenda for Change pay bands, in order.</summary>
    public static readonly IReadOnlyList<string> AgendaForChangeBands = ["1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"];

    /// <summary>The seed's four life-sciences divisions (only roles of the life-sciences pathway take one).</summary>
    public static readonly IReadOnlySet<string> Divisions = new HashSet<string>
    {
        "Blood diagnostic services", "Infection sciences", "Tissue and cellular science", "Genetics",
    };

    public const string DivisionPathway = "life-sciences";
    public static readonly IReadOnlySet<string> Regions = new HashSet<string> { "US", "UK" };
    public const int MaxSummaryLength = 300;

    /// <summary>The most items a front-matter list may have; real pages have a handful.</summary>
    public const int MaxListItems = 100;

    internal static readonly IReadOnlyList<FrontMatterKey> Keys =
    [
        new("title", Pages, Pages, "text", (r, n, f) => f.Title = KeyReaders.Title(r, n)),
        new("summary", Pages, Pages, $"text, at most {MaxSummaryLength} characters", (r, n, f) => f.Summary = KeyReaders.Summary(r, n)),
        new("question", [ContentKind.Faq], [ContentKind.Faq], "text", (r, n, f) => f.Question = r.String("question", n)),
        new("last_reviewed", All, All, "date (YYYY-MM-DD)", (r, n, f) => (f.LastReviewed, f.LastReviewedLine) = (r.Date("last_reviewed", n), r.LineOf(n))),
        new("sources", All, All, "list of name and url", (r, n, f) => f.Sources.AddRange(KeyReaders.Sources(r, n))),
        new("order", All, None, "whole number", (r, n, f) => f.Order = r.Int("order", n)),
        new("draft", All, None, "true or false", (r, n, f) => f.Draft = r.Bool("draft", n) ?? false),
        new("aliases", Pages, None, "list of old slugs", (r, n, f) => f.Aliases.AddRange(KeyReaders.Located(r.StringList("aliases", n)))),
        new("region", [ContentKind.Cluster], [ContentKind.Cluster], "US or UK", (r, n, f) => f.Region = KeyReaders.OneOf(r, "region", n, Regions)),
        new("outlook", [ContentKind.Cluster], None, "growth_percent, period, all_occupations_percent", (r, n, f) => f.Outlook = KeyReaders.Outlook(r, n)),
        new("education", Described, None, "text", (r, n, f) => f.Education = r.String("education", n)),
        new("skills", Described, None, "list of text", (r, n, f) => f.Skills.AddRange(KeyReaders.Values(r.StringList("skills", n)))),
        new("work_settings", Described, None, "list of text", (r, n, f) => f.WorkSettings.AddRange(KeyReaders.Values(r.StringList("work_settings", n)))),
        new("median_pay", Roles, None, "amount, currency, period, occupation", (r, n, f) => f.MedianPay = KeyReaders.MedianPay(r, n)),
        new("pay", Roles, None, "currency GBP, bands, low, high (optional), year (YYYY/YY), source (a source name)", (r, n, f) => f.Pay = KeyReaders.Pay(r, n)),
        new("crosswalk", Roles, None, "list of onet and reason", (r, n, f) => f.Crosswalk.AddRange(KeyReaders.Crosswalk(r, n))),
        new("division", Roles, None, "a life-sciences division", (r, n, f) => f.Division = KeyReaders.Division(r, n)),
        new("related", Roles, None, "list of role slugs", (r, n, f) => f.Related.AddRange(KeyReaders.Located(r.StringList("related", n)))),
        new("onet", Roles, None, "O*NET-SOC code such as \"29-1141.00\"", (r, n, f) => f.Onet = KeyReaders.OnetCode(r, n)),
        new("interests", Roles, None, "codes (1 to 3 RIASEC letters such as \"RIS\") and reason", (r, n, f) => f.Interests = KeyReaders.Interests(r, n)),
        new("cluster", [ContentKind.Faq], None, "cluster slug", (r, n, f) => f.Cluster = KeyReaders.LocatedString(r, "cluster", n)),
    ];

    private static readonly Dictionary<string, FrontMatterKey> ByName = Keys.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static IReadOnlySet<string> AllowedKeys(ContentKind kind) => Keys.Where(k => k.Kinds.Contains(kind)).Select(k => k.Name).ToHashSet();

    /// <param name="hasOccupation">A role that names its O*NET occupation may leave out its summary (the occupation's description stands in).</param>
    public static IReadOnlyList<string> RequiredKeys(ContentKind kind, bool hasOccupation = false) =>
        Keys.Where(k => k.RequiredFor.Contains(kind) && !(hasOccupation && kind == ContentKind.Role && k.Name == "summary"))
            .Select(k => k.Name).ToList();

    internal static FrontMatterKey? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The closest allowed key to a misspelt one, when it is close enough to be a typo.</summary>
    public static string? DidYouMean(string key, IEnumerable<string> allowed) =>
        allowed.Select(candidate => (candidate, distance: EditDistance(key, candidate)))
            .Where(x => x.distance <= Math.Max(2, key.Length / 4))
            .OrderBy(x => x.distance)
            .Select(x => x.candidate)
            .FirstOrDefault();

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
