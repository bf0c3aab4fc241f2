using CareerCluster.Content.OccupationData;
using CareerCluster.Content.Quiz;

namespace CareerCluster.Content.Model;

/// <summary>The whole validated content tree, ready to be loaded into the database.</summary>
public sealed class ContentSite
{
    public ContentSite(IEnumerable<ContentPage> pages, UsOccupationData? usData = null, IReadOnlyList<QuizStatement>? quiz = null)
    {
        UsData = usData ?? UsOccupationData.Empty;
        Quiz = quiz ?? [];
        var all = pages.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList();
        Clusters = all.Where(p => p.Kind == ContentKind.Cluster).ToList();
        Pathways = all.Where(p => p.Kind == ContentKind.Pathway).ToList();
        Roles = all.Where(p => p.Kind == ContentKind.Role).ToList();
        FaqEntries = all.Where(p => p.Kind == ContentKind.Faq).ToList();
    }

    public IReadOnlyList<ContentPage> Clusters { get; }
    public IReadOnlyList<ContentPage> Pathways { get; }
    public IReadOnlyList<ContentPage> Roles { get; }
    public IReadOnlyList<ContentPage> FaqEntries { get; }

    /// <summary>The US occupation data (content/data/us), joined to roles by their `onet` code.</summary>
    public UsOccupationData UsData { get; }

    /// <summary>The interest check's statements (content/quiz/statements.yaml), in the order the quiz shows them.</summary>
    public IReadOnlyList<QuizStatement> Quiz { get; }

    public int PageCount => Clusters.Count + Pathways.Count + Roles.Count + FaqEntries.Count;

    /// <summary>Drops drafts and every reference to them, as production readers must never reach one.</summary>
    public ContentSite WithoutDrafts()
    {
        var kept = Clusters.Concat(Pathways).Concat(Roles).Concat(FaqEntries)
            .Where(p => !p.Draft)
            .ToList();
        var clusters = kept.Where(p => p.Kind == ContentKind.Cluster).Select(p => p.Slug).ToHashSet();
        var pathways = kept.Where(p => p.Kind == ContentKind.Pathway && clusters.Contains(p.ClusterSlug!))
            .Select(p => p.Slug).ToHashSet();
        return new ContentSite(kept.Where(p => p.Kind switch
        {
            ContentKind.Pathway => clusters.Contains(p.ClusterSlug!),
            ContentKind.Role => pathways.Contains(p.PathwaySlug!),
            _ => true,
        }), UsData, Quiz);
    }
}
