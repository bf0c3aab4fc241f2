using CareerCluster.Content.Loading;
using CareerCluster.Content.Model;
using CareerCluster.Content.OccupationData;
using CareerCluster.Content.Quiz;

namespace CareerCluster.Content.Validation;

/// <summary>Checks that need the whole tree: unique slugs, aliases, cross references, internal links, review dates, the quiz.</summary>
public sealed class SiteValidator(TimeProvider clock)
{
    private const int ReviewIntervalMonths = 12;

    /// <param name="files">Every file in the layout, parsed or not, so one broken file does not cascade into "does not exist" errors.</param>
    public void Validate(IReadOnlyList<LocatedFile> files, IReadOnlyList<ContentPage> pages, UsOccupationData usData, IReadOnlyList<QuizStatement> quiz, List<ContentDiagnostic> diagnostics)
    {
        var byKind = files.ToLookup(f => f.Location.Kind);
        var slugs = new Dictionary<ContentKind, HashSet<string>>();
        foreach (var kind in Enum.GetValues<ContentKind>())
        {
            slugs[kind] = CheckUniqueSlugs(byKind[kind], diagnostics);
        }

        CheckParents(files, slugs, diagnostics);

        var aliases = CheckAliases(pages, slugs, diagnostics);
        foreach (var page in pages)
        {
            CheckReferences(page, slugs, aliases, diagnostics);
            CheckReviewDate(page, diagnostics);
        }

        OccupationChecks.Check(pages, usData, diagnostics);
        NhsRoleChecks.Check(pages, usData, diagnostics);
        QuizChecks.Check(quiz, diagnostics);
    }

    private static HashSet<string> CheckUniqueSlugs(IEnumerable<LocatedFile> files, List<ContentDiagnostic> diagnostics)
    {
        var seen = new Dictionary<string, LocatedFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!seen.TryAdd(file.Location.Slug, file))
            {
                diagnostics.Add(Error(file.RelativePath, 1,
                    $"the {Noun(file.Location.Kind)} slug '{file.Location.Slug}' is already used by "
                    + $"{seen[file.Location.Slug].RelativePath}: slugs must be unique across the site"));
            }
        }

        return seen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static void CheckParents(IReadOnlyList<LocatedFile> files, Dictionary<ContentKind, HashSet<string>> slugs, List<ContentDiagnostic> diagnostics)
    {
        var pathwayClusters = files.Where(f => f.Location.Kind == ContentKind.Pathway)
            .Select(f => f.Location.ClusterSlug + "/" + f.Location.PathwaySlug)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var location = file.Location;
            if (location.Kind == ContentKind.Pathway && !slugs[ContentKind.Cluster].Contains(location.ClusterSlug!))
            {
                diagnostics.Add(Error(file.RelativePath, 1, $"this pathway's cluster has no clusters/{location.ClusterSlug}/_index.md"));
            }
            else if (location.Kind == ContentKind.Role && !pathwayClusters.Contains(location.ClusterSlug + "/" + location.PathwaySlug))
            {
                diagnostics.Add(Error(file.RelativePath, 1,
                    $"this role's pathway has no clusters/{location.ClusterSlug}/{location.PathwaySlug}/_index.md"));
            }
        }
    }

    private static Dictionary<ContentKind, HashSet<string>> CheckAliases(
        IReadOnlyList<ContentPage> pages, Dictionary<ContentKind, HashSet<string>> slugs, List<ContentDiagnostic> diagnostics)
    {
        var aliases = new Dictionary<ContentKind, Dictionary<string, string>>();
        foreach (var page in pages.Where(p => p.Aliases.Count > 0))
        {
            var taken = aliases.TryGetValue(page.Kind, out var existing) ? existing : aliases[page.Kind] = new(StringComparer.Ordinal);
            foreach (var alias in page.Aliases)
            {
                if (!Parsing.ContentLayout.IsValidSlug(alias.Value))
                {
                    diagnostics.Add(Error(page.RelativePath, alias.Line, $"alias '{alias.Value}' is not a valid slug (lowercase a-z, 0-9 and hyphens)"));
                }
                else if (slugs[page.Kind].Contains(alias.Value))
                {
                    diagnostics.Add(Error(page.RelativePath, alias.Line, $"alias '{alias.Value}' is the slug of an existing {Noun(page.Kind)}: an old URL cannot point two ways"));
                }
                else if (!taken.TryAdd(alias.Value, page.RelativePath))
                {
                    diagnostics.Add(Error(page.RelativePath, alias.Line, $"alias '{alias.Value}' is already an alias of {taken[alias.Value]}"));
                }
            }
        }

        return aliases.ToDictionary(a => a.Key, a => a.Value.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static void CheckReferences(
        ContentPage page,
        Dictionary<ContentKind, HashSet<string>> slugs,
        Dictionary<ContentKind, HashSet<string>> aliases,
        List<ContentDiagnostic> diagnostics)
    {
        foreach (var related in page.Related)
        {
            if (!slugs[ContentKind.Role].Contains(related.Value))
            {
                diagnostics.Add(Error(page.RelativePath, related.Line, $"related role '{related.Value}' does not exist"));
            }
            else if (related.Value == page.Slug)
            {
                diagnostics.Add(Error(page.RelativePath, related.Line, "a role cannot be related to itself"));
            }
        }

        if (page.FaqCluster is { } cluster && !slugs[ContentKind.Cluster].Contains(cluster.Value))
        {
            diagnostics.Add(Error(page.RelativePath, cluster.Line, $"cluster '{cluster.Value}' does not exist"));
        }

        foreach (var link in page.InternalLinks)
        {
            if (InternalLinkTarget.Parse(link.Url) is { } target
                && !slugs[target.Kind].Contains(target.Slug)
                && !(aliases.TryGetValue(target.Kind, out var known) && known.Contains(target.Slug)))
            {
                diagnostics.Add(Error(page.RelativePath, link.Line, $"link to {link.Url}: no such {Noun(target.Kind)}"));
            }
        }
    }

    private void CheckReviewDate(ContentPage page, List<ContentDiagnostic> diagnostics)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (page.LastReviewed.AddMonths(ReviewIntervalMonths) < today)
        {
            diagnostics.Add(Warning(page.RelativePath, page.LastReviewedLine,
                $"review due: last reviewed {page.LastReviewed:yyyy-MM-dd}, more than {ReviewIntervalMonths} months ago"));
        }
        else if (page.LastReviewed > today)
        {
            diagnostics.Add(Warning(page.RelativePath, page.LastReviewedLine,
                $"last_reviewed {page.LastReviewed:yyyy-MM-dd} is in the future"));
        }
    }

    private static string Noun(ContentKind kind) => kind == ContentKind.Faq ? "FAQ entry" : kind.ToString().ToLowerInvariant();

    private static ContentDiagnostic Error(string path, int line, string message) => new(path, line, DiagnosticSeverity.Error, message);

    private static ContentDiagnostic Warning(string path, int line, string message) => new(path, line, DiagnosticSeverity.Warning, message);
}
