using CareerCluster.Content.Model;

namespace CareerCluster.Content.Validation;

/// <summary>The page an internal link such as /roles/nurses or /faq#slug points at.</summary>
public sealed record InternalLinkTarget(ContentKind Kind, string Slug)
{
    public static InternalLinkTarget? Parse(string url)
    {
        var path = url.Split('?')[0];
        var fragment = path.Contains('#', StringComparison.Ordinal) ? path[(path.IndexOf('#', StringComparison.Ordinal) + 1)..] : null;
        path = path.Split('#')[0].TrimEnd('/');
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            ["roles", var slug] => new InternalLinkTarget(ContentKind.Role, slug),
            ["pathways", var slug] => new InternalLinkTarget(ContentKind.Pathway, slug),
            ["clusters", var slug] => new InternalLinkTarget(ContentKind.Cluster, slug),
            ["faq"] when !string.IsNullOrEmpty(fragment) => new InternalLinkTarget(ContentKind.Faq, fragment),
            _ => null,
        };
    }
}
