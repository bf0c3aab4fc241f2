using CareerCluster.Content.Model;
using CareerCluster.Content.OccupationData;

namespace CareerCluster.Content.Validation;

/// <summary>Roles and the US occupation data agree: every `onet` code exists once, every listed occupation has a role or a reason.</summary>
internal static class OccupationChecks
{
    public static void Check(IReadOnlyList<ContentPage> pages, UsOccupationData data, List<ContentDiagnostic> diagnostics)
    {
        var roles = pages.Where(p => p.Kind == ContentKind.Role && p.Onet is not null).ToList();
        foreach (var role in roles.Where(r => r.Interests is not null))
        {
            diagnostics.Add(Error(role.RelativePath, role.Interests!.Line,
                $"'interests' is for roles without an 'onet' code: this role's interests come from O*NET's scores for {role.Onet!.Value}"));
        }

        if (data.IsEmpty)
        {
            foreach (var role in roles)
            {
                diagnostics.Add(Error(role.RelativePath, role.Onet!.Line,
                    $"'onet: {role.Onet.Value}' needs the US occupation data in {UsDataReader.Folder}/, which this content folder does not have"));
            }

            return;
        }

        var excluded = data.Excluded.ToDictionary(e => e.Code, StringComparer.Ordinal);
        var byCode = new Dictionary<string, ContentPage>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            var code = role.Onet!.Value;
            if (!data.Occupations.TryGetValue(code, out var occupation))
            {
                diagnostics.Add(Error(role.RelativePath, role.Onet.Line, $"O*NET-SOC code {code} is not in {UsDataReader.Folder}/onet/Occupation Data.txt"));
            }
            else if (!byCode.TryAdd(code, role))
            {
                diagnostics.Add(Error(role.RelativePath, role.Onet.Line,
                    $"{code} ({occupation.Title}) is already the occupation of {byCode[code].RelativePath}: each occupation has one role"));
            }
            else if (excluded.TryGetValue(code, out var exclusion))
            {
                diagnostics.Add(Error(role.RelativePath, role.Onet.Line,
                    $"{code} is excluded on purpose in {UsDataReader.ExcludedFile} (line {exclusion.Line}): remove one or the other"));
            }
        }

        foreach (var listed in data.Listing.Where(l => !byCode.ContainsKey(l.Code) && !excluded.ContainsKey(l.Code)))
        {
            diagnostics.Add(Error(data.ListingPath, listed.Line,
                $"{listed.Code} ({listed.Title}) has no role: run 'import-occupations', or list it in {UsDataReader.ExcludedFile} with a reason"));
        }
    }

    private static ContentDiagnostic Error(string path, int line, string message) => new(path, line, DiagnosticSeverity.Error, message);
}
