using CareerCluster.Content.Model;

namespace CareerCluster.Content.Parsing;

/// <summary>
/// The typed front matter of one file, one property per key of <see cref="FrontMatterSchema.Keys"/>; a key left
/// null was absent or invalid (and reported). Pages carry it whole, so a new key needs no copying code.
/// </summary>
public sealed class FrontMatter
{
    public string? Title { get; set; }

    /// <summary>The editor's summary; for a role without one, the start of its occupation's description (set when the data is joined).</summary>
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

    /// <summary>Agenda for Change band(s) and range, for NHS roles.</summary>
    public BandPay? Pay { get; set; }

    /// <summary>The US occupations an NHS role is closest to, each with its reason.</summary>
    public List<CrosswalkPair> Crosswalk { get; } = [];

    /// <summary>The life-sciences division of an NHS role.</summary>
    public LocatedValue? Division { get; set; }
    public List<LocatedValue> Related { get; } = [];
    public string? Question { get; set; }
    public LocatedValue? Cluster { get; set; }

    /// <summary>The O*NET-SOC code of the occupation a role is (its data joins the page by this code).</summary>
    public LocatedValue? Onet { get; set; }

    /// <summary>For a role with no O*NET occupation of its own: its interest high points, assigned by an editor with a reason.</summary>
    public InterestCodes? Interests { get; set; }
}
