using CareerCluster.Content.Parsing;

namespace CareerCluster.Web.Pages.Compare;

/// <summary>The roles named in a compare URL, cleaned up, with a plain-words note for everything dropped.</summary>
public sealed record Shortlist(IReadOnlyList<string> Slugs, IReadOnlyList<string> Notices)
{
    public const int MaxRoles = 4;
    private const int MaxInputLength = 1000;

    public static Shortlist Parse(string? roles, string? add, ISet<string> known)
    {
        var notices = new List<string>();
        var raw = (roles ?? "").Length > MaxInputLength ? roles![..MaxInputLength] : roles ?? "";
        var requested = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant())
            .Concat(string.IsNullOrWhiteSpace(add) ? [] : [add.Trim().ToLowerInvariant()])
            .ToList();

        var slugs = new List<string>();
        foreach (var slug in requested)
        {
            if (!ContentLayout.IsValidSlug(slug) || !known.Contains(slug))
            {
                notices.Add($"No role called \u201c{(slug.Length > 60 ? slug[..60] + "…" : slug)}\u201d, so it was left out.");
            }
            else if (slugs.Contains(slug))
            {
                notices.Add($"\u201c{slug}\u201d was listed twice; it is shown once.");
            }
            else if (slugs.Count == MaxRoles)
            {
                notices.Add($"Only {MaxRoles} roles can be compared at once, so \u201c{slug}\u201d was left out.");
            }
            else
            {
                slugs.Add(slug);
            }
        }

        if (slugs.Count < 2)
        {
            notices.Add(slugs.Count == 0
                ? "Choose two to four roles to compare them side by side."
                : "Add at least one more role to compare.");
        }

        return new Shortlist(slugs, notices);
    }

    public string Path(IEnumerable<string>? slugs = null) => "/compare?roles=" + string.Join(',', slugs ?? Slugs);
}
