using CareerCluster.Content.Model;
using CareerCluster.Content.OccupationData;
using CareerCluster.Content.Parsing;

namespace CareerCluster.Content.Validation;

/// <summary>
/// The NHS role keys agree with the rest of the site: `pay` only on UK roles and cited to one of the page's own sources
/// that has a URL, `division` only in the life-sciences pathway, every `crosswalk` code in the US data.
/// </summary>
internal static class NhsRoleChecks
{
    public static void Check(IReadOnlyList<ContentPage> pages, UsOccupationData data, List<ContentDiagnostic> diagnostics)
    {
        var regions = pages.Where(p => p.Kind == ContentKind.Cluster)
            .GroupBy(p => p.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Region, StringComparer.Ordinal);
        foreach (var role in pages.Where(p => p.Kind == ContentKind.Role))
        {
            var isUk = role.ClusterSlug is { } cluster && regions.GetValueOrDefault(cluster) == "UK";
            if (role.Pay is { } pay)
            {
                CheckPay(role, pay, isUk, diagnostics);
            }

            if (role.Division is { } division && role.PathwaySlug != FrontMatterSchema.DivisionPathway)
            {
                diagnostics.Add(Error(role.RelativePath, division.Line,
                    $"'division' is only for roles in the {FrontMatterSchema.DivisionPathway} pathway, not {role.PathwaySlug}"));
            }

            foreach (var pair in role.Crosswalk)
            {
                if (!isUk)
                {
                    diagnostics.Add(Error(role.RelativePath, pair.Line, "'crosswalk' is written on the NHS role; the US role lists it from there"));
                }
                else if (data.IsEmpty)
                {
                    diagnostics.Add(Error(role.RelativePath, pair.Line,
                        $"crosswalk {pair.Onet} needs the US occupation data in {UsDataReader.Folder}/, which this content folder does not have"));
                }
                else if (!data.Occupations.ContainsKey(pair.Onet))
                {
                    diagnostics.Add(Error(role.RelativePath, pair.Line, $"crosswalk O*NET-SOC code {pair.Onet} is not in {UsDataReader.Folder}/onet/Occupation Data.txt"));
                }
            }
        }
    }

    private static void CheckPay(ContentPage role, BandPay pay, bool isUk, List<ContentDiagnostic> diagnostics)
    {
        if (!isUk)
        {
            diagnostics.Add(Error(role.RelativePath, pay.Line, "'pay' (Agenda for Change bands) is for NHS roles; US roles use median_pay"));
        }

        var source = role.Sources.FirstOrDefault(s => s.Name == pay.Source.Value);
        if (source is null)
        {
            diagnostics.Add(Error(role.RelativePath, pay.Source.Line, $"pay source '{pay.Source.Value}' is not the name of one of this page's sources"));
        }
        else if (source.Url is null)
        {
            diagnostics.Add(Error(role.RelativePath, pay.Source.Line, $"pay source '{pay.Source.Value}' has no url: a figure must come from a page readers can open"));
        }
    }

    private static ContentDiagnostic Error(string path, int line, string message) => new(path, line, DiagnosticSeverity.Error, message);
}
