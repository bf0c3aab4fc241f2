using CareerCluster.Data;
using CareerCluster.Web.Seo;
using Microsoft.AspNetCore.Mvc;

namespace CareerCluster.Web.Pages.Quiz;

/// <summary>The interest check: every statement with a dislike / not sure / like choice, sent by GET to the results.</summary>
public sealed class IndexModel(CareersDbContext db) : SitePageModel
{
    public IReadOnlyList<QuizQuery.Statement> Statements { get; private set; } = [];
    public IReadOnlyList<QuizQuery.TypeInfo> Types { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Statements = await QuizQuery.StatementsAsync(db, cancellationToken);
        if (Statements.Count == 0)
        {
            return NotFound();
        }

        Types = await QuizQuery.TypesAsync(db, cancellationToken);
        Meta = new PageMeta
        {
            Title = "Which health careers suit me? A quick interest check",
            Description = $"Rate {Statements.Count} health-science activities and see which US and NHS roles match your interests.",
            Path = "/quiz",
            Breadcrumbs = [new("Home", "/"), new("Interest check", "/quiz")],
        };
        return Page();
    }
}
