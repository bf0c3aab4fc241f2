using CareerCluster.Web.Seo;

namespace CareerCluster.Web.Pages.Shared;

/// <param name="Estimate">An undated, approximate figure from an article: shown as "around" and as the article's.</param>
public sealed record PayFact(decimal Amount, string Currency, string Period, string? Occupation, string? SourceName, bool Estimate = false);

public sealed record PathwayFact(string Title, string Path, string ClusterTitle, string ClusterPath);

public sealed record QuickFactsModel(
    string? Education,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> WorkSettings,
    PayFact? Pay,
    PathwayFact? Pathway,
    BandPayFact? BandPay = null,
    string? Division = null);

/// <summary>
/// An NHS role's Agenda for Change band(s) and, when the cited page states it, the range in GBP for one pay year.
/// GBP is never converted: a reader compares bands with bands, not pounds with dollars.
/// </summary>
public sealed record BandPayFact(IReadOnlyList<string> Bands, decimal? Low, decimal? High, string Year, string? SourceName, string? SourceUrl)
{
    public static BandPayFact? From(CareerCluster.Data.Entities.Role role) =>
        role.PayBands.Count == 0 || role.PayYear is null
            ? null
            : new BandPayFact(role.PayBands, role.PayLow, role.PayHigh, role.PayYear, role.PaySource,
                role.Sources.FirstOrDefault(s => s.Name == role.PaySource)?.Url);

    /// <summary>"Band 5", "Bands 4 and 5" or "Bands 5 to 9".</summary>
    public string BandText => Display.Bands(Bands);

    /// <summary>"£29,970 to £36,483", "£23,615", "from £29,970", or null when the source gives no figure.</summary>
    public string? RangeText => Low switch
    {
        null => null,
        { } low when High is null => "from " + Display.Money(low, "GBP"),
        { } low when High == low => Display.Money(low, "GBP"),
        { } low => $"{Display.Money(low, "GBP")} to {Display.Money(High!.Value, "GBP")}",
    };
}
