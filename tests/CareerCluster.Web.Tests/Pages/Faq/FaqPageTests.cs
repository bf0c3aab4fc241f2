using System.Text.Json;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Pages.Faq;

public sealed class FaqPageTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Fact]
    public async Task Each_entry_has_its_slug_as_id_and_a_link_to_itself()
    {
        var page = await _client.GetOkPageAsync("/faq");

        Assert.Equal("Frequently asked questions", page.H1);
        var entries = ContentFacts.Site.FaqEntries;
        Assert.Equal(5, entries.Count);
        foreach (var entry in entries)
        {
            var section = page.Document.GetElementById(entry.Slug);
            Assert.NotNull(section);
            Assert.Equal(entry.Question, section.QuerySelector("h2")!.TextContent.Trim());
            var anchor = section.QuerySelectorAll("a.anchor-link").Single();
            Assert.Equal("#" + entry.Slug, anchor.GetAttribute("href"));
            Assert.StartsWith("Link to this question", anchor.TextContent, StringComparison.Ordinal);
        }

        // Ids are unique on the page.
        var ids = page.Document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Entries_follow_their_order()
    {
        var page = await _client.GetOkPageAsync("/faq");

        var expected = ContentFacts.Site.FaqEntries.OrderBy(f => f.Order ?? 0).ThenBy(f => f.Question, StringComparer.Ordinal).Select(f => f.Slug);
        Assert.Equal(expected, page.Document.QuerySelectorAll("section.faq-entry").Select(s => s.Id));
    }

    [Fact]
    public async Task Faq_page_has_faqpage_structured_data()
    {
        var page = await _client.GetOkPageAsync("/faq");

        var faq = PageConventionsTests.JsonLd(page).Single(j => j.GetProperty("@type").GetString() == "FAQPage");
        var questions = faq.GetProperty("mainEntity").EnumerateArray().ToList();
        Assert.Equal(5, questions.Count);
        Assert.All(questions, q =>
        {
            Assert.Equal("Question", q.GetProperty("@type").GetString());
            Assert.Equal("Answer", q.GetProperty("acceptedAnswer").GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("acceptedAnswer").GetProperty("text").GetString()));
        });
        Assert.Equal(
            ContentFacts.Site.FaqEntries.Select(f => f.Question).Order(StringComparer.Ordinal),
            questions.Select(q => q.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Object, faq.ValueKind);
    }
}
