using CareerCluster.Data;
using CareerCluster.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerCluster.Web.Pages.Crosswalk;

/// <summary>
/// The NHS-to-US crosswalk as editors wrote it on the NHS roles (`crosswalk`: an O*NET-SOC code and a reason), joined to
/// the US role page of that occupation (Role.OnetCode). One query serves /crosswalk and both sides' role pages.
/// </summary>
public static class CrosswalkQuery
{
    public sealed record Pair(
        string NhsSlug, string NhsTitle, string NhsPathwayTitle,
        string OnetCode, string OccupationTitle, string? UsSlug, string? UsTitle, string Reason);

    public static async Task<IReadOnlyList<Pair>> AllAsync(CareersDbContext db, CancellationToken cancellationToken)
    {
        var nhsRoles = await db.Roles.Where(r => r.Pathway.Cluster.Region == "UK")
            .OrderBy(r => r.Pathway.SortOrder).ThenBy(r => r.Pathway.Title).ThenBy(r => r.SortOrder).ThenBy(r => r.Title)
            .Select(r => new { r.Slug, r.Title, PathwayTitle = r.Pathway.Title, r.Crosswalk })
            .ToListAsync(cancellationToken);
        var codes = nhsRoles.SelectMany(r => r.Crosswalk.Select(c => c.OnetCode)).Distinct().ToList();
        // Only the two columns: a whole Occupation would also read its JSON columns, which this page does not need.
        var occupations = await db.Occupations.Where(o => codes.Contains(o.Code))
            .Select(o => new { o.Code, o.Title })
            .ToDictionaryAsync(o => o.Code, o => o.Title, cancellationToken);
        var usRoles = await db.Roles.Where(r => r.OnetCode != null && codes.Contains(r.OnetCode))
            .Select(r => new { OnetCode = r.OnetCode!, r.Slug, r.Title })
            .ToDictionaryAsync(r => r.OnetCode, cancellationToken);
        return nhsRoles
            .SelectMany(r => r.Crosswalk.Select(c => new Pair(
                r.Slug, r.Title, r.PathwayTitle, c.OnetCode, occupations.GetValueOrDefault(c.OnetCode, c.OnetCode),
                usRoles.GetValueOrDefault(c.OnetCode)?.Slug, usRoles.GetValueOrDefault(c.OnetCode)?.Title, c.Reason)))
            .ToList();
    }

    /// <summary>An NHS role's pairs, or the pairs that name a US role's occupation.</summary>
    public static async Task<IReadOnlyList<Pair>> ForRoleAsync(CareersDbContext db, Role role, CancellationToken cancellationToken)
    {
        if (role.Pathway.Cluster.Region != "UK" && role.OnetCode is null)
        {
            return [];
        }

        var all = await AllAsync(db, cancellationToken);
        return role.Pathway.Cluster.Region == "UK"
            ? all.Where(p => p.NhsSlug == role.Slug).ToList()
            : all.Where(p => p.OnetCode == role.OnetCode).ToList();
    }
}
