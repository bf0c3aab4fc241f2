using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerCluster.Web.Seo;

/// <summary>schema.org JSON-LD, serialised by System.Text.Json whose default encoder escapes &lt; &gt; &amp; so it cannot close the script element.</summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);

    public static object BreadcrumbList(IEnumerable<Breadcrumb> breadcrumbs, Func<string, string> absolute) => new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = breadcrumbs.Select((crumb, index) => new Dictionary<string, object>
        {
            ["@type"] = "ListItem",
            ["position"] = index + 1,
            ["name"] = crumb.Label,
            ["item"] = absolute(crumb.Path),
        }).ToList(),
    };
}
