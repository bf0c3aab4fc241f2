namespace CareerCluster.BrowserTests;

/// <summary>One URL of every page kind.</summary>
public static class SitePages
{
    public static readonly IReadOnlyList<(string Name, string Path, int Status)> All =
    [
        ("home", "/", 200),
        ("cluster-us", "/clusters/health-science", 200),
        ("cluster-uk", "/clusters/healthcare-science", 200),
        ("pathway", "/pathways/diagnostic-services", 200),
        ("role-us", "/roles/nurses", 200),
        ("role-uk", "/roles/genomics-healthcare-scientist", 200),
        ("roles", "/roles", 200),
        ("faq", "/faq", 200),
        ("search", "/search?q=nurse", 200),
        ("compare", "/compare?roles=nurses,genomics-healthcare-scientist", 200),
        ("crosswalk", "/crosswalk", 200),
        ("about-data", "/about/data", 200),
        ("quiz", "/quiz", 200),
        ("quiz-results", "/quiz/results?a=000000000000000222220000000000", 200),
        ("quiz-bad-link", "/quiz/results?a=12x", 400),
        ("not-found", "/roles/no-such-role", 404),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var page in All)
        {
            data.Add(page.Name);
        }

        return data;
    }

    public static (string Name, string Path, int Status) Get(string name) => All.Single(p => p.Name == name);
}
