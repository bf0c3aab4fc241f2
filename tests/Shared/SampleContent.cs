namespace CareerCluster.Tests;

/// <summary>
/// Small valid content files for tests that need a tree of their own. Every file has the same shape:
/// line 1 '---', then the front-matter lines in the order given, then '---', a blank line and the body.
/// </summary>
public static class SampleContent
{
    /// <summary>The review date used unless a test picks one (see FixedTimeProvider in the content tests).</summary>
    public const string DefaultReviewed = "2026-06-01";

    public static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Page(IEnumerable<string> frontMatter, string body) =>
        "---\n" + string.Join("\n", frontMatter) + "\n---\n\n" + body + "\n";

    public static string Cluster(string title, string region = "US", IEnumerable<string>? extra = null, string? body = null, string reviewed = DefaultReviewed) =>
        Page([$"title: \"{title}\"", $"summary: \"About {title}.\"", $"region: {region}", .. extra ?? [], .. Common(reviewed)], body ?? $"Body of {title}.");

    public static string Pathway(string title, IEnumerable<string>? extra = null, string? body = null, string reviewed = DefaultReviewed) =>
        Page([$"title: \"{title}\"", $"summary: \"About {title}.\"", .. extra ?? [], .. Common(reviewed)], body ?? $"Body of {title}.");

    public static string Role(string title, IEnumerable<string>? extra = null, string? body = null, string reviewed = DefaultReviewed) =>
        Page([$"title: \"{title}\"", $"summary: \"About {title}.\"", .. extra ?? [], .. Common(reviewed)], body ?? $"Body of {title}.");

    public static string Faq(string question, IEnumerable<string>? extra = null, string? body = null, string reviewed = DefaultReviewed) =>
        Page([$"question: \"{question}\"", .. extra ?? [], .. Common(reviewed)], body ?? $"Answer to {question}");

    private static string[] Common(string reviewed) => [$"last_reviewed: {reviewed}", "sources:", "  - name: \"Seed document\""];

    /// <summary>
    /// A small valid site: a US cluster "us" (pathway "care": nurses, aides) and a UK cluster "uk"
    /// (pathway "science": genetics, related to nurses), plus one FAQ entry.
    /// </summary>
    public static void WriteMinimalSite(TempContentTree tree, string reviewed = DefaultReviewed)
    {
        tree.Write("clusters/us/_index.md", Cluster("US careers", "US", ["order: 1"], reviewed: reviewed));
        tree.Write("clusters/us/care/_index.md", Pathway("Care", ["order: 1"], reviewed: reviewed));
        tree.Write("clusters/us/care/nurses.md", Role("Nurses", ["order: 1", "median_pay:", "  amount: 75000", "  currency: USD", "  period: year", "  occupation: \"Registered nurses\""], reviewed: reviewed));
        tree.Write("clusters/us/care/aides.md", Role("Aides", ["order: 2"], reviewed: reviewed));
        tree.Write("clusters/uk/_index.md", Cluster("UK careers", "UK", ["order: 2"], reviewed: reviewed));
        tree.Write("clusters/uk/science/_index.md", Pathway("Science", reviewed: reviewed));
        tree.Write("clusters/uk/science/genetics.md", Role("Genetics", ["related:", "  - nurses"], reviewed: reviewed));
        tree.Write("faq/what-is-this.md", Faq("What is this?", ["cluster: us"], reviewed: reviewed));
    }
}
