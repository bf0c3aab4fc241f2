namespace CareerCluster.Content.Model;

/// <summary>One parsed, individually valid content file.</summary>
public sealed class ContentPage
{
    public required ContentKind Kind { get; init; }
    public required string Slug { get; init; }
    public required string RelativePath { get; init; }

    /// <summary>The cluster folder this file sits in (null for FAQ entries).</summary>
    public string? ClusterSlug { get; init; }

    /// <summary>The pathway folder a role sits in.</summary>
    public string? PathwaySlug { get; init; }

    public string Title { get; init; } = "";
    /// <summary>The editor's summary; for a role without one, the start of its occupation's description (set when the data is joined).</summary>
    public string Summary { get; set; } = "";
    public DateOnly LastReviewed { get; init; }
    public int LastReviewedLine { get; init; }
    public IReadOnlyList<SourceReference> Sources { get; init; } = [];
    public int? Order { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<LocatedValue> Aliases { get; init; } = [];

    public string? Region { get; init; }
    public GrowthOutlook? Outlook { get; init; }

    public string? Education { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> WorkSettings { get; init; } = [];

    public MedianPay? MedianPay { get; init; }
    public IReadOnlyList<LocatedValue> Related { get; init; } = [];

    /// <summary>The O*NET-SOC code of the occupation a role is (its data joins the page by this code).</summary>
    public LocatedValue? Onet { get; init; }

    public string? Question { get; init; }
    public LocatedValue? FaqCluster { get; init; }

    public required string BodyHtml { get; init; }
    public required string BodyText { get; init; }
    public IReadOnlyList<InternalLink> InternalLinks { get; init; } = [];

    /// <summary>What readers see as the page's name: the title, or the question for FAQ entries.</summary>
    public string DisplayTitle => Kind == ContentKind.Faq ? Question ?? Slug : Title;
}
