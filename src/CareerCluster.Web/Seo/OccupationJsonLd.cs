using System.Globalization;
using CareerCluster.Data.Entities;
using CareerCluster.Web.Pages.Roles;

namespace CareerCluster.Web.Seo;

/// <summary>
/// schema.org Occupation for a role page. With an O*NET occupation, occupationalCategory is its O*NET-SOC code and
/// estimatedSalary is BLS OEWS's distribution, dated; otherwise the pathway and the content's own figure, if any.
/// Top-coded ('#', "or more") figures are left out, since a bare number would claim more than BLS said.
/// </summary>
public static class OccupationJsonLd
{
    public static object For(Role role, string url, OccupationFacts? facts = null)
    {
        var occupation = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Occupation",
            ["name"] = role.Title,
            ["description"] = role.Summary,
            ["url"] = url,
            ["occupationalCategory"] = facts?.Code ?? role.Pathway.Title,
            ["occupationLocation"] = new Dictionary<string, object>
            {
                ["@type"] = "Country",
                ["name"] = role.Pathway.Cluster.Region == "UK" ? "United Kingdom" : "United States",
            },
            ["educationRequirements"] = role.Education,
            ["skills"] = role.Skills.Count > 0 ? string.Join(", ", role.Skills) : null,
            ["lastReviewed"] = role.LastReviewed.ToString("yyyy-MM-dd"),
        };
        if (facts?.Pay is { } pay && BlsSalary(pay) is { } bls)
        {
            occupation["estimatedSalary"] = bls;
        }
        else if (role.MedianPayAmount is { } amount)
        {
            occupation["estimatedSalary"] = new Dictionary<string, object?>
            {
                ["@type"] = "MonetaryAmountDistribution",
                ["name"] = role.MedianPayOccupation is null ? "Median pay" : $"Median pay for {role.MedianPayOccupation}",
                ["currency"] = role.MedianPayCurrency,
                ["duration"] = role.MedianPayPeriod == "year" ? "P1Y" : null,
                ["unitText"] = role.MedianPayPeriod?.ToUpperInvariant(),
                ["median"] = amount,
            };
        }

        else if (role.PayLow is { } low && role.PayYear is not null)
        {
            // An NHS band range: its own currency and pay year, never converted.
            var value = new Dictionary<string, object?>
            {
                ["@type"] = "QuantitativeValue",
                ["minValue"] = low,
                ["maxValue"] = role.PayHigh,
                ["unitText"] = "YEAR",
            };
            occupation["estimatedSalary"] = new Dictionary<string, object?>
            {
                ["@type"] = "MonetaryAmount",
                ["name"] = $"Agenda for Change {CareerCluster.Web.Seo.Display.Bands(role.PayBands).ToLowerInvariant()}, pay year {role.PayYear}",
                ["currency"] = "GBP",
                ["duration"] = "P1Y",
                ["validFrom"] = role.PayYear[..4] + "-04-01",
                ["value"] = value.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value),
            };
        }

        return occupation.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    private static Dictionary<string, object?>? BlsSalary(PayFacts pay)
    {
        decimal? Exact(WageFigure figure) => figure.OrMore ? null : figure.Amount;
        var figures = new (string Key, decimal? Amount)[]
        {
            ("percentile10", Exact(pay.Percentiles[0])),
            ("percentile25", Exact(pay.Percentiles[1])),
            ("median", Exact(pay.Median)),
            ("percentile75", Exact(pay.Percentiles[3])),
            ("percentile90", Exact(pay.Percentiles[4])),
        };
        if (figures.All(f => f.Amount is null))
        {
            return null;
        }

        var salary = new Dictionary<string, object?>
        {
            ["@type"] = "MonetaryAmountDistribution",
            ["name"] = $"Annual wages for {pay.BlsTitle}, {pay.Release} (U.S. Bureau of Labor Statistics, OEWS)",
            ["currency"] = "USD",
            ["duration"] = "P1Y",
            ["unitText"] = "YEAR",
            ["validFrom"] = DateTime.TryParseExact(pay.Release, "MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                ? month.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                : null,
        };
        foreach (var (key, amount) in figures.Where(f => f.Amount is not null))
        {
            salary[key] = amount;
        }

        return salary.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);
    }
}
