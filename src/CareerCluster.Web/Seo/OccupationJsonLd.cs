using CareerCluster.Data.Entities;

namespace CareerCluster.Web.Seo;

/// <summary>schema.org Occupation for a role page; salary only where the content gives one.</summary>
public static class OccupationJsonLd
{
    public static object For(Role role, string url)
    {
        var occupation = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Occupation",
            ["name"] = role.Title,
            ["description"] = role.Summary,
            ["url"] = url,
            ["occupationalCategory"] = role.Pathway.Title,
            ["occupationLocation"] = new Dictionary<string, object>
            {
                ["@type"] = "Country",
                ["name"] = role.Pathway.Cluster.Region == "UK" ? "United Kingdom" : "United States",
            },
            ["educationRequirements"] = role.Education,
            ["skills"] = role.Skills.Count > 0 ? string.Join(", ", role.Skills) : null,
            ["lastReviewed"] = role.LastReviewed.ToString("yyyy-MM-dd"),
        };
        if (role.MedianPayAmount is { } amount)
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
}
