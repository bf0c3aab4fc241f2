using CareerCluster.Content.Markdown;
using CareerCluster.Content.Model;
using CareerCluster.Content.Parsing;

namespace CareerCluster.Content.Tests.Parsing;

/// <summary>Every front-matter key of every page kind reaches the parsed page with the right type and value.</summary>
public sealed class FrontMatterFieldTests
{
    private readonly ContentFileParser _parser = new(new MarkdownRenderer());

    private ContentPage Parse(string relativePath, string text)
    {
        var (location, error) = ContentLayout.Classify(relativePath);
        Assert.Null(error);
        var diagnostics = new List<ContentDiagnostic>();
        var page = _parser.Parse(location!, relativePath, text, diagnostics);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        return Assert.IsType<ContentPage>(page);
    }

    private const string FullRole = """
        ---
        title: "Registered nurses"
        summary: "Nurses care for patients."
        order: 3
        draft: true
        aliases:
          - nurse
          - rn
        education: "A nursing degree."
        skills:
          - "Empathy"
          - "Communication"
        work_settings:
          - "Hospitals"
          - "Clinics"
        median_pay:
          amount: 75000.50
          currency: USD
          period: year
          occupation: "Registered nurses"
        related:
          - measurement-and-imaging
        last_reviewed: 2026-06-01
        sources:
          - name: "Health Science Career Cluster"
            url: "https://example.org/article"
          - name: "NHS Careers"
        ---

        # Heading

        Body text with a [link](/roles/aides).
        """;

    [Fact]
    public void Role_reads_every_key()
    {
        var page = Parse("clusters/us/care/nurses.md", FullRole);

        Assert.Equal(ContentKind.Role, page.Kind);
        Assert.Equal("nurses", page.Slug);
        Assert.Equal("us", page.ClusterSlug);
        Assert.Equal("care", page.PathwaySlug);
        Assert.Equal("Registered nurses", page.Title);
        Assert.Equal("Registered nurses", page.DisplayTitle);
        Assert.Equal("Nurses care for patients.", page.Summary);
        Assert.Equal(3, page.Order);
        Assert.True(page.Draft);
        Assert.Equal([new LocatedValue("nurse", 7), new LocatedValue("rn", 8)], page.Aliases);
        Assert.Equal("A nursing degree.", page.Education);
        Assert.Equal(["Empathy", "Communication"], page.Skills);
        Assert.Equal(["Hospitals", "Clinics"], page.WorkSettings);
        Assert.Equal(new MedianPay(75000.50m, "USD", "year", "Registered nurses"), page.MedianPay);
        Assert.Equal([new LocatedValue("measurement-and-imaging", 22)], page.Related);
        Assert.Equal(new DateOnly(2026, 6, 1), page.LastReviewed);
        Assert.Equal(23, page.LastReviewedLine);
        Assert.Equal(2, page.Sources.Count);
        Assert.Equal("Health Science Career Cluster", page.Sources[0].Name);
        Assert.Equal("https://example.org/article", page.Sources[0].Url);
        Assert.Equal(new SourceReference("NHS Careers", null), page.Sources[1]);
        Assert.Equal([new InternalLink("/roles/aides", 32)], page.InternalLinks);
        Assert.Contains("<h2", page.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", page.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("Body text with a link", page.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_keys_default_when_absent()
    {
        var page = Parse("clusters/us/care/aides.md", """
            ---
            title: Aides
            summary: Aides help.
            last_reviewed: 2026-06-01
            sources:
              - name: Seed
            ---
            Body.
            """);

        Assert.Null(page.Order);
        Assert.False(page.Draft);
        Assert.Empty(page.Aliases);
        Assert.Null(page.Education);
        Assert.Empty(page.Skills);
        Assert.Empty(page.WorkSettings);
        Assert.Null(page.MedianPay);
        Assert.Empty(page.Related);
        Assert.Equal("Aides", page.Title);
    }

    [Fact]
    public void Median_pay_occupation_is_optional_and_gbp_is_accepted()
    {
        var page = Parse("clusters/uk/science/genetics.md", """
            ---
            title: Genetics
            summary: Genetics.
            median_pay:
              amount: 40000
              currency: GBP
              period: year
            draft: false
            last_reviewed: 2026-06-01
            sources:
              - name: Seed
            ---
            Body.
            """);

        Assert.Equal(new MedianPay(40000m, "GBP", "year", null), page.MedianPay);
        Assert.False(page.Draft);
    }

    [Fact]
    public void Cluster_reads_region_and_outlook()
    {
        var page = Parse("clusters/health-science/_index.md", """
            ---
            title: "Health Science career cluster"
            summary: "US careers in healthcare."
            region: US
            order: 1
            aliases: [health]
            outlook:
              growth_percent: 13
              period: "2021-2031"
              all_occupations_percent: 5
            last_reviewed: 2026-06-01
            sources:
              - name: "Seed"
            ---

            Body.
            """);

        Assert.Equal(ContentKind.Cluster, page.Kind);
        Assert.Equal("health-science", page.Slug);
        Assert.Equal("US", page.Region);
        Assert.Equal(1, page.Order);
        Assert.Equal([new LocatedValue("health", 6)], page.Aliases);
        Assert.Equal(new GrowthOutlook(13m, "2021-2031", 5m), page.Outlook);
    }

    [Fact]
    public void Outlook_missing_a_field_is_an_error()
    {
        var diagnostics = new List<ContentDiagnostic>();
        var (location, _) = ContentLayout.Classify("clusters/us/_index.md");
        var page = _parser.Parse(location!, "clusters/us/_index.md", """
            ---
            title: "US"
            summary: "US."
            region: US
            outlook:
              growth_percent: 13
              period: "2021-2031"
            last_reviewed: 2026-06-01
            sources:
              - name: "Seed"
            ---
            Body.
            """, diagnostics);

        Assert.Null(page);
        var error = Assert.Single(diagnostics);
        Assert.Equal(6, error.Line);
        Assert.Contains("'outlook' is missing 'all_occupations_percent'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pathway_reads_education_skills_and_work_settings()
    {
        var page = Parse("clusters/us/care/_index.md", """
            ---
            title: "Care"
            summary: "Care work."
            education: "A degree."
            skills: ["Empathy", "Communication"]
            work_settings:
              - Hospitals
            last_reviewed: 2026-06-01
            sources:
              - name: "Seed"
            ---
            Body.
            """);

        Assert.Equal(ContentKind.Pathway, page.Kind);
        Assert.Equal("care", page.Slug);
        Assert.Equal("us", page.ClusterSlug);
        Assert.Equal("A degree.", page.Education);
        Assert.Equal(["Empathy", "Communication"], page.Skills);
        Assert.Equal(["Hospitals"], page.WorkSettings);
    }

    [Fact]
    public void Faq_reads_question_and_cluster()
    {
        var page = Parse("faq/what-is-it.md", """
            ---
            question: "What is it?"
            cluster: health-science
            order: 2
            last_reviewed: 2026-06-01
            sources:
              - name: "Seed"
            ---
            It is **this**.
            """);

        Assert.Equal(ContentKind.Faq, page.Kind);
        Assert.Equal("what-is-it", page.Slug);
        Assert.Equal("What is it?", page.Question);
        Assert.Equal("What is it?", page.DisplayTitle);
        Assert.Equal(new LocatedValue("health-science", 3), page.FaqCluster);
        Assert.Equal(2, page.Order);
        Assert.Contains("<strong>this</strong>", page.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_line_endings_are_accepted()
    {
        var page = Parse("clusters/us/care/aides.md",
            "---\r\ntitle: Aides\r\nsummary: Aides help.\r\nlast_reviewed: 2026-06-01\r\nsources:\r\n  - name: Seed\r\n---\r\nBody.\r\n");

        Assert.Equal("Aides", page.Title);
        Assert.Equal(4, page.LastReviewedLine);
    }
}
