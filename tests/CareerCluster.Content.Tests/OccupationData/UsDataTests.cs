using CareerCluster.Content.Model;
using CareerCluster.Content.OccupationData;
using CareerCluster.Tests;

namespace CareerCluster.Content.Tests.OccupationData;

/// <summary>The US data files are read, joined and checked like the pages: real files, errors at PATH:LINE.</summary>
public sealed class UsDataTests : IDisposable
{
    private const string Listing = "data/us/career-clusters/All_Career_Clusters.health_science.csv";
    private const string Oews = "data/us/bls-oews/national_M2024_dl.health.tsv";
    private readonly TempContentTree _tree = new(RepoPaths.Content);

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void The_real_files_join_into_the_registered_nurse_figures()
    {
        var result = ContentAssert.Load(_tree);

        var data = Assert.IsType<ContentSite>(result.Site).UsData;
        var nurses = data.Occupations["29-1141.00"];
        Assert.Equal("Registered Nurses", nurses.Title);
        Assert.StartsWith("Assess patient health problems and needs", nurses.Description, StringComparison.Ordinal);
        Assert.Equal(93600m, nurses.Wages!.AnnualMedian.Amount);
        Assert.Equal(3282010, nurses.Wages.Employment);
        Assert.Equal(4.9m, nurses.Projection!.ChangePercent);
        Assert.Equal(189.1m, nurses.Projection.AnnualOpenings);
        Assert.Equal("Bachelor's degree", nurses.Projection.EntryEducation);
        Assert.Equal(4, nurses.JobZone);
        Assert.Equal("SIC", nurses.Interests!.HighPoints);
        Assert.Equal(5.62m, nurses.Interests.Social);
        Assert.Equal(["Therapeutic Services"], nurses.ListedPathways);
        Assert.Equal(3.1m, data.ProjectionSummaries.Single(s => s.Code == "00-0000").ChangePercent);
        Assert.Equal(["29.2 (February 2025)", "May 2024", "2024–34"], data.Releases.Take(3).Select(r => r.Release));
    }

    [Fact]
    public void The_listing_has_116_occupations_in_five_pathways_each_once()
    {
        var data = Assert.IsType<ContentSite>(ContentAssert.Load(_tree).Site).UsData;

        Assert.Equal(116, data.Listing.Select(l => l.Code).Distinct().Count());
        var perPathway = data.Listing.SelectMany(l => l.Pathways).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(86, perPathway["Therapeutic Services"]);
        Assert.Equal(18, perPathway["Diagnostic Services"]);
        Assert.Equal(9, perPathway["Support Services"]);
        Assert.Equal(4, perPathway["Health Informatics"]);
        Assert.Equal(2, perPathway["Biotechnology Research and Development"]);
    }

    [Fact]
    public void Special_values_and_wider_bls_groups_give_no_wrong_figure()
    {
        var data = Assert.IsType<ContentSite>(ContentAssert.Load(_tree).Site).UsData;

        // '#': at or above $239,200 a year (oral and maxillofacial surgeons' 90th percentile and more).
        var surgeons = data.Occupations["29-1022.00"].Wages!;
        Assert.Equal(new Wage(239200m, true), surgeons.AnnualP90);
        // A detailed O*NET code under a wider BLS row: no figure, and the reason names the wider group.
        var acuteCare = data.Occupations["29-1141.01"];
        Assert.Null(acuteCare.Wages);
        Assert.Contains("wider group", acuteCare.WagesNote, StringComparison.Ordinal);
        Assert.Null(acuteCare.Projection);
        var informatics = data.Occupations["15-1211.01"];
        Assert.Null(informatics.Wages);
        Assert.Contains("Computer Systems Analysts", informatics.WagesNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_an_error_on_the_header_line()
    {
        _tree.Replace(Oews, "\tA_MEDIAN\t", "\tA_MIDDLE\t");

        var result = ContentAssert.Load(_tree);

        ContentAssert.Error(result, Oews, 1, "lacks the column(s) 'A_MEDIAN'");
        Assert.Null(result.Site);
    }

    [Fact]
    public void A_wage_that_is_not_a_number_is_an_error_on_its_line()
    {
        var lines = _tree.Read(Oews).Split('\n');
        var nurseLine = Array.FindIndex(lines, l => l.Contains("\t29-1141\t", StringComparison.Ordinal));
        lines[nurseLine] = lines[nurseLine].Replace("\t93600\t", "\tninety\t", StringComparison.Ordinal);
        _tree.Write(Oews, string.Join('\n', lines));

        ContentAssert.Error(ContentAssert.Load(_tree), Oews, nurseLine + 1, "A_MEDIAN is 'ninety'");
    }

    [Fact]
    public void An_unknown_release_file_name_is_an_error()
    {
        _tree.Move(Oews, "data/us/bls-oews/wages.tsv");

        ContentAssert.Error(ContentAssert.Load(_tree), "data/us/bls-oews", 1, "no data file of a known release");
    }

    [Fact]
    public void An_onet_code_that_does_not_exist_is_an_error_at_its_line()
    {
        const string Nurses = "clusters/health-science/therapeutic-services/nurses.md";
        _tree.Replace(Nurses, "onet: \"29-1141.00\"", "onet: \"29-9999.00\"");
        var line = _tree.Read(Nurses).Split('\n').ToList().FindIndex(l => l.StartsWith("onet:", StringComparison.Ordinal)) + 1;

        var result = ContentAssert.Load(_tree);

        ContentAssert.Error(result, Nurses, line, "29-9999.00 is not in data/us/onet/Occupation Data.txt");
        // The registered nurse occupation is now without a role: the listing says so where it lists it.
        ContentAssert.Error(result, Listing, 108, "29-1141.00 (Registered Nurses) has no role");
    }

    [Fact]
    public void A_badly_written_onet_code_is_an_error()
    {
        const string Nurses = "clusters/health-science/therapeutic-services/nurses.md";
        _tree.Replace(Nurses, "onet: \"29-1141.00\"", "onet: \"29-1141\"");
        var line = _tree.Read(Nurses).Split('\n').ToList().FindIndex(l => l.StartsWith("onet:", StringComparison.Ordinal)) + 1;

        ContentAssert.Error(ContentAssert.Load(_tree), Nurses, line, "'onet' must be an O*NET-SOC code");
    }

    [Fact]
    public void Two_roles_with_one_occupation_is_an_error()
    {
        const string Copy = "clusters/health-science/therapeutic-services/registered-nurses-again.md";
        _tree.Write(Copy, SampleContent.Role("Registered nurses again", ["onet: \"29-1141.00\""]));

        var result = ContentAssert.Load(_tree);

        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("29-1141.00 (Registered Nurses) is already the occupation of", StringComparison.Ordinal));
    }

    [Fact]
    public void A_listed_occupation_can_be_left_out_on_purpose_with_a_reason()
    {
        _tree.Delete("clusters/health-science/therapeutic-services/urologists.md");
        Assert.Null(ContentAssert.Load(_tree).Site);

        _tree.Write(UsDataReader.ExcludedFile, "O*NET-SOC Code\tReason\n29-1229.03\t\n");
        ContentAssert.Error(ContentAssert.Load(_tree), UsDataReader.ExcludedFile, 2, "say why 29-1229.03 is left out");

        _tree.Write(UsDataReader.ExcludedFile, "O*NET-SOC Code\tReason\n29-1229.03\tCovered by the surgeons' pages for now.\n");
        Assert.NotNull(ContentAssert.Load(_tree).Site);
    }

    [Fact]
    public void A_role_with_an_occupation_may_leave_out_its_summary_and_body()
    {
        var site = Assert.IsType<ContentSite>(ContentAssert.Load(_tree).Site);

        var urologists = site.Roles.Single(r => r.Slug == "urologists");
        Assert.Equal("", urologists.BodyText.Trim());
        Assert.StartsWith("Diagnose, treat, and help prevent", urologists.Summary, StringComparison.Ordinal);
        Assert.True(urologists.Summary.Length <= 300);
    }

    [Fact]
    public void Import_writes_a_role_per_missing_occupation_and_never_overwrites()
    {
        const string Urologists = "clusters/health-science/therapeutic-services/urologists.md";
        _tree.Delete(Urologists);
        _tree.Write("clusters/health-science/therapeutic-services/orthodontists.md", SampleContent.Role("Orthodontists (edited)", ["onet: \"29-1023.00\""]));

        var first = OccupationImporter.Import(_tree.Root, new DateOnly(2026, 12, 1));
        var second = OccupationImporter.Import(_tree.Root, new DateOnly(2026, 12, 2));

        Assert.Equal([Urologists], first.Created);
        Assert.Empty(second.Created);
        Assert.Contains("onet: \"29-1229.03\"", _tree.Read(Urologists), StringComparison.Ordinal);
        Assert.Contains("last_reviewed: 2026-12-01", _tree.Read(Urologists), StringComparison.Ordinal);
        Assert.Contains("Orthodontists (edited)", _tree.Read("clusters/health-science/therapeutic-services/orthodontists.md"), StringComparison.Ordinal);
        Assert.NotNull(ContentAssert.Load(_tree).Site);
    }
}
