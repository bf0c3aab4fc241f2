namespace CareerCluster.Content.Model;

public sealed record SourceReference(string Name, string? Url);

public sealed record MedianPay(decimal Amount, string Currency, string Period, string? Occupation);

/// <summary>
/// An NHS role's Agenda for Change pay: its band(s) and, when an official page states them, the range in GBP for one
/// pay year. <see cref="Low"/> alone means "from"; <see cref="Source"/> names one of the page's sources.
/// </summary>
public sealed record BandPay(string Currency, IReadOnlyList<string> Bands, decimal? Low, decimal? High, string Year, LocatedValue Source, int Line);

/// <summary>One US occupation (by O*NET-SOC code) an NHS role is closest to, and why, in one sentence.</summary>
public sealed record CrosswalkPair(string Onet, string Reason, int Line);

public sealed record GrowthOutlook(decimal GrowthPercent, string Period, decimal AllOccupationsPercent);

/// <summary>A value from front matter with the file line it came from, for cross-file errors.</summary>
public sealed record LocatedValue(string Value, int Line);

/// <summary>A site-internal link found in a Markdown body.</summary>
public sealed record InternalLink(string Url, int Line);

/// <summary>An editor-assigned interest profile: 1 to 3 RIASEC high-point letters in order ("RIS") and the reason for them.</summary>
public sealed record InterestCodes(string Codes, string Reason, int Line);
