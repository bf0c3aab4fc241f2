using CareerCluster.Content.Model;
using CareerCluster.Content.Parsing;

namespace CareerCluster.Content.OccupationData;

/// <summary>A role without its own summary is summed up by its occupation's O*NET description, cut at a sentence.</summary>
internal static class OccupationSummaries
{
    public static void FillMissing(IEnumerable<ContentPage> pages, UsOccupationData data)
    {
        foreach (var role in pages.Where(p => p.Kind == ContentKind.Role && p.Summary.Length == 0 && p.Onet is not null))
        {
            if (data.Occupations.TryGetValue(role.Onet!.Value, out var occupation))
            {
                role.FrontMatter.Summary = FirstSentences(occupation.Description, FrontMatterSchema.MaxSummaryLength);
            }
        }
    }

    public static string FirstSentences(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(". ", maxLength - 1, StringComparison.Ordinal);
        return cut > 0 ? text[..(cut + 1)] : text[..text.LastIndexOf(' ', maxLength - 2)] + "…";
    }
}
