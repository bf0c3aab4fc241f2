using CareerCluster.Content.Parsing;

namespace CareerCluster.Content.Model;

/// <summary>One parsed, individually valid content file: where it sits, its front matter and its rendered body.</summary>
public sealed class ContentPage
{
    public required ContentKind Kind { get; init; }
    public required string Slug { get; init; }
    public required string RelativePath { get; init; }

    /// <summary>The cluster folder this file sits in (null for FAQ entries).</summary>
    public string? ClusterSlug { get; init; }

    /// <summary>The pathway folder a role sits in.</summary>
    public string? PathwaySlug { get; init; }

    /// <summary>Every front-matter value, typed; the properties below are the common ones by name.</summary>
    public required FrontMatter FrontMatter { get; init; }

    public required string BodyHtml { get; init; }
    public required string BodyText { get; init; }
    public IReadOnlyList<InternalLink> InternalLinks { get; init; } = [];

    public string Title => FrontMatter.Title ?? "";
    public string Summary => FrontMatter.Summary ?? "";
    public DateOnly LastReviewed => FrontMatter.LastReviewed ?? default;
    public int LastReviewedLine => FrontMatter.LastReviewedLine;
    public IReadOnlyList<SourceReference> Sources => FrontMatter.Sources;
    public int? Order => FrontMatter.Order;
    public bool Draft => FrontMatter.Draft;
    public IReadOnlyList<LocatedValue> Aliases => FrontMatter.Aliases;
    public string? Region => FrontMatter.Region;
    public GrowthOutlook? Outlook => FrontMatter.Outlook;
    public string? Education => FrontMatter.Education;
    public IReadOnlyList<string> Skills => FrontMatter.Skills;
    public IReadOnlyList<string> WorkSettings => FrontMatter.WorkSettings;
    public MedianPay? MedianPay => FrontMatter.MedianPay;
    public BandPay? Pay => FrontMatter.Pay;
    public IReadOnlyList<CrosswalkPair> Crosswalk => FrontMatter.Crosswalk;
    public LocatedValue? Division => FrontMatter.Division;
    public IReadOnlyList<LocatedValue> Related => FrontMatter.Related;
    public string? Question => FrontMatter.Question;
    public LocatedValue? FaqCluster => FrontMatter.Cluster;
    public LocatedValue? Onet => FrontMatter.Onet;
    public InterestCodes? Interests => FrontMatter.Interests;

    /// <summary>What readers see as the page's name: the title, or the question for FAQ entries.</summary>
    public string DisplayTitle => Kind == ContentKind.Faq ? Question ?? Slug : Title;
}
