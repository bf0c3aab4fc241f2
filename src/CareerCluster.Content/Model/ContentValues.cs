namespace CareerCluster.Content.Model;

public sealed record SourceReference(string Name, string? Url);

public sealed record MedianPay(decimal Amount, string Currency, string Period, string? Occupation);

public sealed record GrowthOutlook(decimal GrowthPercent, string Period, decimal AllOccupationsPercent);

/// <summary>A value from front matter with the file line it came from, for cross-file errors.</summary>
public sealed record LocatedValue(string Value, int Line);

/// <summary>A site-internal link found in a Markdown body.</summary>
public sealed record InternalLink(string Url, int Line);

/// <summary>An editor-assigned interest profile: 1 to 3 RIASEC high-point letters in order ("RIS") and the reason for them.</summary>
public sealed record InterestCodes(string Codes, string Reason, int Line);
