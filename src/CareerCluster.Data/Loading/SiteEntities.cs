using CareerCluster.Content.Model;
using CareerCluster.Content.OccupationData;
using CareerCluster.Data.Entities;

namespace CareerCluster.Data.Loading;

/// <summary>The rows of one content version: every page and data file mapped to its entity, keys assigned in site order.</summary>
internal sealed class SiteEntities
{
    public List<Cluster> Clusters { get; } = [];
    public List<Pathway> Pathways { get; } = [];
    public List<Role> Roles { get; } = [];
    public List<RoleLink> RoleLinks { get; } = [];
    public List<FaqEntry> FaqEntries { get; } = [];
    public List<SlugAlias> Aliases { get; } = [];
    public List<Occupation> Occupations { get; } = [];
    public List<Entities.InterestType> InterestTypes { get; } = [];
    public List<JobZone> JobZones { get; } = [];
    public List<Entities.ProjectionSummary> ProjectionSummaries { get; } = [];
    public List<Entities.DataRelease> DataReleases { get; } = [];
    public List<QuizStatement> QuizStatements { get; } = [];

    public static SiteEntities From(ContentSite site)
    {
        var rows = new SiteEntities();
        var clusterIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in site.Clusters)
        {
            rows.Clusters.Add(new Cluster
            {
                Id = clusterIds[c.Slug] = clusterIds.Count + 1,
                Slug = c.Slug,
                Title = c.Title,
                Summary = c.Summary,
                Region = c.Region!,
                OutlookGrowthPercent = c.Outlook?.GrowthPercent,
                OutlookPeriod = c.Outlook?.Period,
                OutlookAllOccupationsPercent = c.Outlook?.AllOccupationsPercent,
                BodyHtml = c.BodyHtml,
                LastReviewed = c.LastReviewed,
                SortOrder = c.Order ?? 0,
                Sources = Sources(c),
            });
        }

        var pathwayIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in site.Pathways)
        {
            rows.Pathways.Add(new Pathway
            {
                Id = pathwayIds[p.Slug] = pathwayIds.Count + 1,
                Slug = p.Slug,
                ClusterId = clusterIds[p.ClusterSlug!],
                Title = p.Title,
                Summary = p.Summary,
                Education = p.Education,
                Skills = [.. p.Skills],
                WorkSettings = [.. p.WorkSettings],
                BodyHtml = p.BodyHtml,
                LastReviewed = p.LastReviewed,
                SortOrder = p.Order ?? 0,
                Sources = Sources(p),
            });
        }

        var occupationCodes = site.UsData.Occupations.Keys.ToHashSet(StringComparer.Ordinal);
        var roleIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in site.Roles)
        {
            rows.Roles.Add(new Role
            {
                Id = roleIds[r.Slug] = roleIds.Count + 1,
                Slug = r.Slug,
                PathwayId = pathwayIds[r.PathwaySlug!],
                Title = r.Title,
                Summary = r.Summary,
                Education = r.Education,
                Skills = [.. r.Skills],
                WorkSettings = [.. r.WorkSettings],
                OnetCode = r.Onet is { } code && occupationCodes.Contains(code.Value) ? code.Value : null,
                InterestCodes = r.Interests?.Codes,
                InterestReason = r.Interests?.Reason,
                MedianPayAmount = r.MedianPay?.Amount,
                MedianPayCurrency = r.MedianPay?.Currency,
                MedianPayPeriod = r.MedianPay?.Period,
                MedianPayOccupation = r.MedianPay?.Occupation,
                PayCurrency = r.Pay?.Currency,
                PayBands = [.. r.Pay?.Bands ?? []],
                PayLow = r.Pay?.Low,
                PayHigh = r.Pay?.High,
                PayYear = r.Pay?.Year,
                PaySource = r.Pay?.Source.Value,
                Division = r.Division?.Value,
                Crosswalk = r.Crosswalk.Select(c => new CrosswalkLink { OnetCode = c.Onet, Reason = c.Reason }).ToList(),
                BodyHtml = r.BodyHtml,
                LastReviewed = r.LastReviewed,
                // Roles an editor placed come first; the imported ones follow by title.
                SortOrder = r.Order ?? int.MaxValue,
                Sources = Sources(r),
            });
        }

        // An editor writes a `related` pair once; both roles list the other.
        var pairs = new SortedSet<(int From, int To)>();
        foreach (var role in site.Roles)
        {
            foreach (var related in role.Related.Where(x => roleIds.ContainsKey(x.Value) && x.Value != role.Slug))
            {
                pairs.Add((roleIds[role.Slug], roleIds[related.Value]));
                pairs.Add((roleIds[related.Value], roleIds[role.Slug]));
            }
        }

        rows.RoleLinks.AddRange(pairs.Select(p => new RoleLink { RoleId = p.From, RelatedRoleId = p.To }));

        var faqId = 0;
        rows.FaqEntries.AddRange(site.FaqEntries.Select(f => new FaqEntry
        {
            Id = ++faqId,
            Slug = f.Slug,
            Question = f.Question!,
            AnswerHtml = f.BodyHtml,
            ClusterId = f.FaqCluster is { } c && clusterIds.TryGetValue(c.Value, out var cid) ? cid : null,
            LastReviewed = f.LastReviewed,
            SortOrder = f.Order ?? 0,
            Sources = Sources(f),
        }));

        var aliasId = 0;
        rows.Aliases.AddRange(site.Clusters.Select(p => (Section: "clusters", Page: p))
            .Concat(site.Pathways.Select(p => (Section: "pathways", Page: p)))
            .Concat(site.Roles.Select(p => (Section: "roles", Page: p)))
            .SelectMany(x => x.Page.Aliases.Select(a => new SlugAlias { Id = ++aliasId, Section = x.Section, OldSlug = a.Value, Slug = x.Page.Slug })));

        AddOccupationData(rows, site.UsData);
        rows.QuizStatements.AddRange(site.Quiz.Select((q, i) => new QuizStatement { Id = i + 1, Type = q.Type.ToString(), Text = q.Text }));
        return rows;
    }

    private static void AddOccupationData(SiteEntities rows, UsOccupationData data)
    {
        rows.Occupations.AddRange(data.Occupations.Values.OrderBy(o => o.Code, StringComparer.Ordinal).Select(ToEntity));
        rows.InterestTypes.AddRange(data.InterestTypes.Select(t => new Entities.InterestType { Letter = t.Letter.ToString(), Name = t.Name, Description = t.Description }));
        rows.JobZones.AddRange(data.JobZones.Select(z => new JobZone
        {
            Zone = z.Zone, Name = z.Name, Experience = z.Experience, Education = z.Education, Training = z.Training, Examples = z.Examples,
        }));
        rows.ProjectionSummaries.AddRange(data.ProjectionSummaries.Select(s => new Entities.ProjectionSummary
        {
            Code = s.Code, Title = s.Title, EmploymentBase = s.EmploymentBase, EmploymentProjected = s.EmploymentProjected,
            ChangePercent = s.ChangePercent, AnnualOpenings = s.AnnualOpenings,
        }));
        rows.DataReleases.AddRange(data.Releases.Select(r => new Entities.DataRelease
        {
            Key = r.Key, Name = r.Name, Publisher = r.Publisher, Release = r.Release, Licence = r.Licence,
            LicenceUrl = r.LicenceUrl, Url = r.Url, Folder = r.Folder, Changes = r.Changes,
        }));
    }

    private static Occupation ToEntity(OccupationRecord o)
    {
        var wages = o.Wages;
        var projection = o.Projection;
        var topCoded = wages is null ? [] : new (string Name, Wage Wage)[]
        {
            (nameof(Occupation.AnnualMean), wages.AnnualMean), (nameof(Occupation.AnnualP10), wages.AnnualP10),
            (nameof(Occupation.AnnualP25), wages.AnnualP25), (nameof(Occupation.AnnualMedian), wages.AnnualMedian),
            (nameof(Occupation.AnnualP75), wages.AnnualP75), (nameof(Occupation.AnnualP90), wages.AnnualP90),
            (nameof(Occupation.HourlyMedian), wages.HourlyMedian),
        }.Where(w => w.Wage.AtOrAbove).Select(w => w.Name).ToList();
        return new Occupation
        {
            Code = o.Code,
            Title = o.Title,
            Description = o.Description,
            CoreTasks = [.. o.CoreTasks],
            AlternateTitles = [.. o.AlternateTitles],
            ReportedTitles = [.. o.ReportedTitles],
            RelatedCodes = [.. o.Related],
            ListedPathways = [.. o.ListedPathways],
            JobZone = o.JobZone,
            InterestRealistic = o.Interests?.Realistic,
            InterestInvestigative = o.Interests?.Investigative,
            InterestArtistic = o.Interests?.Artistic,
            InterestSocial = o.Interests?.Social,
            InterestEnterprising = o.Interests?.Enterprising,
            InterestConventional = o.Interests?.Conventional,
            InterestHighPoints = o.Interests?.HighPoints,
            EducationLevels = o.Education.Select(e => new EducationLevelShare { Category = e.Category, Level = e.Level, Percent = e.Percent }).ToList(),
            WagesNote = o.WagesNote,
            Employment = wages?.Employment,
            AnnualMean = wages?.AnnualMean.Amount,
            AnnualP10 = wages?.AnnualP10.Amount,
            AnnualP25 = wages?.AnnualP25.Amount,
            AnnualMedian = wages?.AnnualMedian.Amount,
            AnnualP75 = wages?.AnnualP75.Amount,
            AnnualP90 = wages?.AnnualP90.Amount,
            HourlyMedian = wages?.HourlyMedian.Amount,
            WagesAtOrAbove = topCoded,
            ProjectionNote = o.ProjectionNote,
            EmploymentBase = projection?.EmploymentBase,
            EmploymentProjected = projection?.EmploymentProjected,
            EmploymentChangePercent = projection?.ChangePercent,
            AnnualOpenings = projection?.AnnualOpenings,
            EntryEducation = projection?.EntryEducation,
            WorkExperience = projection?.WorkExperience,
            OnTheJobTraining = projection?.OnTheJobTraining,
        };
    }

    private static List<SourceLink> Sources(ContentPage page) =>
        page.Sources.Select(s => new SourceLink { Name = s.Name, Url = s.Url }).ToList();
}
