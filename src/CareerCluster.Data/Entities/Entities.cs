namespace CareerCluster.Data.Entities;

public sealed class SourceLink
{
    public required string Name { get; set; }
    public string? Url { get; set; }
}

public sealed class Cluster
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Region { get; set; }
    public decimal? OutlookGrowthPercent { get; set; }
    public string? OutlookPeriod { get; set; }
    public decimal? OutlookAllOccupationsPercent { get; set; }
    public required string BodyHtml { get; set; }
    public DateOnly LastReviewed { get; set; }
    public int SortOrder { get; set; }
    public List<SourceLink> Sources { get; set; } = [];
    public List<Pathway> Pathways { get; set; } = [];
}

public sealed class Pathway
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int ClusterId { get; set; }
    public Cluster Cluster { get; set; } = null!;
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public string? Education { get; set; }
    public List<string> Skills { get; set; } = [];
    public List<string> WorkSettings { get; set; } = [];
    public required string BodyHtml { get; set; }
    public DateOnly LastReviewed { get; set; }
    public int SortOrder { get; set; }
    public List<SourceLink> Sources { get; set; } = [];
    public List<Role> Roles { get; set; } = [];
}

public sealed class Role
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int PathwayId { get; set; }
    public Pathway Pathway { get; set; } = null!;
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public string? Education { get; set; }
    public List<string> Skills { get; set; } = [];
    public List<string> WorkSettings { get; set; } = [];
    /// <summary>The O*NET-SOC code of the occupation this role is, when it is one.</summary>
    public string? OnetCode { get; set; }
    public Occupation? Occupation { get; set; }

    /// <summary>An editor's interest high points for a role with no occupation ("RIS"), with <see cref="InterestReason"/>.</summary>
    public string? InterestCodes { get; set; }
    public string? InterestReason { get; set; }
    public decimal? MedianPayAmount { get; set; }
    public string? MedianPayCurrency { get; set; }
    public string? MedianPayPeriod { get; set; }
    public string? MedianPayOccupation { get; set; }

    /// <summary>Agenda for Change pay (NHS roles): band(s), and the range in GBP when an official page states it.</summary>
    public string? PayCurrency { get; set; }
    public List<string> PayBands { get; set; } = [];
    public decimal? PayLow { get; set; }
    public decimal? PayHigh { get; set; }
    public string? PayYear { get; set; }

    /// <summary>The name of the source (one of <see cref="Sources"/>) the pay comes from.</summary>
    public string? PaySource { get; set; }

    /// <summary>The life-sciences division of an NHS role.</summary>
    public string? Division { get; set; }

    /// <summary>The US occupations an NHS role is closest to, each with its reason.</summary>
    public List<CrosswalkLink> Crosswalk { get; set; } = [];
    public required string BodyHtml { get; set; }
    public DateOnly LastReviewed { get; set; }
    public int SortOrder { get; set; }
    public List<SourceLink> Sources { get; set; } = [];

    /// <summary>Both directions of every `related` pair, so either side lists the other.</summary>
    public List<RoleLink> Links { get; set; } = [];
}

public sealed class CrosswalkLink
{
    public required string OnetCode { get; set; }
    public required string Reason { get; set; }
}

public sealed class RoleLink
{
    public int RoleId { get; set; }
    public int RelatedRoleId { get; set; }
    public Role RelatedRole { get; set; } = null!;
}

public sealed class FaqEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Question { get; set; }
    public required string AnswerHtml { get; set; }
    public int? ClusterId { get; set; }
    public Cluster? Cluster { get; set; }
    public DateOnly LastReviewed { get; set; }
    public int SortOrder { get; set; }
    public List<SourceLink> Sources { get; set; } = [];
}

/// <summary>An old slug (from `aliases`) that answers 301 to the page's current slug.</summary>
public sealed class SlugAlias
{
    public int Id { get; set; }

    /// <summary>The URL segment: "roles", "pathways" or "clusters".</summary>
    public required string Section { get; set; }
    public required string OldSlug { get; set; }
    public required string Slug { get; set; }
}

/// <summary>One row describing the content this database was built from.</summary>
public sealed class ContentVersion
{
    public int Id { get; set; }
    public required string Hash { get; set; }
    public DateTimeOffset BuiltAt { get; set; }
    public int PageCount { get; set; }
}

/// <summary>One statement of the interest check, numbered in the order the quiz shows it (1 first).</summary>
public sealed class QuizStatement
{
    public int Id { get; set; }

    /// <summary>The RIASEC letter: R, I, A, S, E or C.</summary>
    public required string Type { get; set; }
    public required string Text { get; set; }
}
