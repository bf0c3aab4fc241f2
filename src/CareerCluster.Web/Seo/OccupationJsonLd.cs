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

        return occupation.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);
    }
}
