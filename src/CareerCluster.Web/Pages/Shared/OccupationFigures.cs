using System.Globalization;
using CareerCluster.Data;
using CareerCluster.Data.Entities;
using CareerCluster.Web.Seo;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Shared;

/// <summary>A role's headline BLS figures for lists: OEWS annual median and EP projected change.</summary>
public sealed record OccupationFigures(decimal? Median, bool MedianOrMore, decimal? Growth)
{
    public static OccupationFigures? From(Occupation? occupation) => occupation is null ? null
        : new(occupation.AnnualMedian, occupation.WagesAtOrAbove.Contains(nameof(Occupation.AnnualMedian)), occupation.EmploymentChangePercent);

    public string? MedianText => Median is { } m ? Display.Money(m, "USD") + (MedianOrMore ? " or more" : "") : null;

    public string? GrowthText => Growth is { } g ? (g > 0 ? "+" : g < 0 ? "\u2212" : "") + Math.Abs(g).ToString("0.0", CultureInfo.InvariantCulture) + "%" : null;
}

/// <summary>The releases and the all-occupations change that headline figures are stated against.</summary>
public sealed record FigureSources(string? OewsRelease, string? EpRelease, decimal? AllOccupationsChange)
{
    public const string AllOccupationsCode = "00-0000";

    public static async Task<FigureSources> LoadAsync(CareersDbContext db, CancellationToken cancellationToken)
    {
        var releases = await db.DataReleases.Where(r => r.Key == "oews" || r.Key == "ep").ToDictionaryAsync(r => r.Key, r => r.Release, cancellationToken);
        var all = await db.ProjectionSummaries.Where(p => p.Code == AllOccupationsCode).Select(p => (decimal?)p.ChangePercent).FirstOrDefaultAsync(cancellationToken);
        return new(releases.GetValueOrDefault("oews"), releases.GetValueOrDefault("ep"), all);
    }

    public string PayHeading => OewsRelease is null ? "Median pay (BLS)" : $"Median pay (BLS, {OewsRelease})";

    public string GrowthHeading => EpRelease is null ? "Projected growth (BLS)" : $"Growth {EpRelease} (BLS)";
}
