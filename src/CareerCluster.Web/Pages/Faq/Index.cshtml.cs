using CareerCluster.Data;
using CareerCluster.Web.Caching;
using CareerCluster.Web.Seo;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Faq;

[CachedPage]
public sealed class IndexModel(CareersDbContext db) : SitePageModel
{
    public sealed record Entry(string Slug, string Question, string AnswerHtml, string? ClusterSlug, string? ClusterTitle, DateOnly LastReviewed, IReadOnlyList<string> Sources);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = await db.FaqEntries
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Question)
            .Select(f => new { f.Slug, f.Question, f.AnswerHtml, ClusterSlug = f.Cluster!.Slug, ClusterTitle = f.Cluster.Title, f.LastReviewed, f.Sources })
            .ToListAsync(cancellationToken);
        Entries = entries.Select(f => new Entry(f.Slug, f.Question, f.AnswerHtml, f.ClusterSlug, f.ClusterTitle, f.LastReviewed, f.Sources.Select(s => s.Name).ToList())).ToList();
        Meta = new PageMeta
        {
            Title = "Frequently asked questions",
            Description = "Answers to common questions about health-science careers: pathways, roles, qualifications and job outlook.",
            Path = "/faq",
            Breadcrumbs = [new("Home", "/"), new("FAQ", "/faq")],
            LastReviewed = Entries.Count == 0 ? null : Entries.Min(e => e.LastReviewed),
            StructuredData = [FaqPage()],
        };
    }

    private object FaqPage() => new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "FAQPage",
        ["mainEntity"] = Entries.Select(e => new Dictionary<string, object>
        {
            ["@type"] = "Question",
            ["name"] = e.Question,
            ["acceptedAnswer"] = new Dictionary<string, object> { ["@type"] = "Answer", ["text"] = e.AnswerHtml },
        }).ToList(),
    };
}
