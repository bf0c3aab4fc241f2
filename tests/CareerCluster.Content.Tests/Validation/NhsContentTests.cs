using System.Text.RegularExpressions;
using CareerCluster.Content.Model;
using CareerCluster.Content.Parsing;
using CareerCluster.Tests;

namespace CareerCluster.Content.Tests.Validation;

/// <summary>The repository's real NHS healthcare science content (issue 14's Done-when).</summary>
public sealed partial class NhsContentTests
{
    private static readonly Lazy<ContentSite> Site = new(() =>
    {
        var result = ContentAssert.CreateLoader().Load(RepoPaths.Content);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return result.Site!;
    });

    private static List<ContentPage> NhsRoles => Site.Value.Roles.Where(r => r.ClusterSlug == "healthcare-science").ToList();

    [Fact]
    public void Each_area_has_at_least_four_roles_and_there_are_at_least_thirty()
    {
        var byArea = NhsRoles.GroupBy(r => r.PathwaySlug!).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["bioinformatics", "clinical-engineering-and-medical-physics", "life-sciences", "physiological-sciences"], byArea.Keys.Order(StringComparer.Ordinal));
        Assert.All(byArea, area => Assert.True(area.Value >= 4, $"{area.Key} has {area.Value} roles"));
        Assert.True(NhsRoles.Count >= 30, $"{NhsRoles.Count} NHS roles");
    }

    [Fact]
    public void No_two_nhs_role_bodies_share_more_than_one_sentence()
    {
        var sentences = NhsRoles.ToDictionary(r => r.RelativePath, r => Sentences(r.BodyText));
        var roles = sentences.Keys.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < roles.Count; i++)
        {
            for (var j = i + 1; j < roles.Count; j++)
            {
                var shared = sentences[roles[i]].Intersect(sentences[roles[j]]).ToList();
                Assert.True(shared.Count <= 1, $"{roles[i]} and {roles[j]} share {shared.Count} sentences: {string.Join(" | ", shared)}");
            }
        }
    }

    [Fact]
    public void Every_nhs_source_has_a_url()
    {
        Assert.All(NhsRoles.SelectMany(r => r.Sources.Select(s => (r.RelativePath, s))),
            x => Assert.True(x.s.Url is not null, $"{x.RelativePath}: source '{x.s.Name}' has no url"));
    }

    [Fact]
    public void Band_keys_are_agenda_for_change_bands_with_a_year_and_an_official_source()
    {
        var paid = NhsRoles.Where(r => r.Pay is not null).ToList();
        Assert.NotEmpty(paid);
        foreach (var role in paid)
        {
            var pay = role.Pay!;
            Assert.All(pay.Bands, b => Assert.Contains(b, FrontMatterSchema.AgendaForChangeBands));
            Assert.Matches(@"^\d{4}/\d{2}$", pay.Year);
            Assert.Equal("GBP", pay.Currency);
            var url = role.Sources.Single(s => s.Name == pay.Source.Value).Url!;
            Assert.Contains(".nhs.uk/", url, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(NhsRoles.SelectMany(r => r.Sources), s => s.Url?.Contains("nhstakehomepaycalculator", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Crosswalk_pairs_have_reasons_and_their_us_roles_exist()
    {
        var pairs = NhsRoles.SelectMany(r => r.Crosswalk.Select(c => (Role: r, Pair: c))).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.False(string.IsNullOrWhiteSpace(p.Pair.Reason), $"{p.Role.RelativePath}: {p.Pair.Onet} has no reason"));
        Assert.All(pairs, p => Assert.True(Site.Value.UsData.Occupations.ContainsKey(p.Pair.Onet), $"{p.Role.RelativePath}: {p.Pair.Onet} is not in the US data"));
        Assert.All(pairs, p => Assert.Equal(p.Pair.Onet, p.Pair.Onet.Trim()));
        Assert.Equal(pairs.Count, pairs.Select(p => (p.Role.Slug, p.Pair.Onet)).Distinct().Count());
    }

    [Fact]
    public void Divisions_are_on_life_sciences_roles_only()
    {
        Assert.All(NhsRoles.Where(r => r.Division is not null), r => Assert.Equal("life-sciences", r.PathwaySlug));
    }

    private static HashSet<string> Sentences(string text) =>
        SentenceSplit().Split(text)
            .Select(s => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().ToLowerInvariant())
            .Where(s => s.Split(' ').Length >= 5 && s[^1] is '.' or '!' or '?') // headings and list labels are not sentences
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceSplit();
}
