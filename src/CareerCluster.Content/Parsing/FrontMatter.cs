using CareerCluster.Content.Model;

namespace CareerCluster.Content.Parsing;

/// <summary>The typed front matter of one file; a key left null was absent or invalid (and reported).</summary>
internal sealed class FrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public DateOnly? LastReviewed { get; set; }
    public int LastReviewedLine { get; set; }
    public List<SourceReference> Sources { get; } = [];
    public int? Order { get; set; }
    public bool Draft { get; set; }
    public List<LocatedValue> Aliases { get; } = [];
    public string? Region { get; set; }
    public GrowthOutlook? Outlook { get; set; }
    public string? Education { get; set; }
    public List<string> Skills { get; } = [];
    public List<string> WorkSettings { get; } = [];
    public MedianPay? MedianPay { get; set; }
    public List<LocatedValue> Related { get; } = [];
    public string? Question { get; set; }
    public LocatedValue? Cluster { get; set; }
    public LocatedValue? Onet { get; set; }
}
