namespace CareerCluster.Content.Model;

public enum ContentKind
{
    Cluster,
    Pathway,
    Role,
    Faq,
}
