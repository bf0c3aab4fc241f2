using CareerCluster.Tests;
using static CareerCluster.Content.Tests.ContentAssert;

namespace CareerCluster.Content.Tests.Quiz;

/// <summary>The role key `interests` (an editor's RIASEC high points and reason, for roles without an O*NET code).</summary>
public sealed class InterestsKeyTests : IDisposable
{
    private const string Genetics = "clusters/uk/science/genetics.md";
    private readonly TempContentTree _tree = new();

    public InterestsKeyTests() => SampleContent.WriteMinimalSite(_tree);

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Codes_and_a_reason_are_read()
    {
        _tree.Write(Genetics, SampleContent.Role("Genetics", ["interests: { codes: IRC, reason: \"Laboratory science with careful records\" }"]));

        var result = Load(_tree);

        Clean(result);
        var interests = result.Site!.Roles.Single(r => r.Slug == "genetics").Interests!;
        Assert.Equal(("IRC", "Laboratory science with careful records"), (interests.Codes, interests.Reason));
    }

    [Theory]
    [InlineData("interests: { codes: IRX, reason: why }", "'codes' must be 1 to 3 different RIASEC letters")]
    [InlineData("interests: { codes: IRCS, reason: why }", "'codes' must be 1 to 3 different RIASEC letters")]
    [InlineData("interests: { codes: II, reason: why }", "'codes' must be 1 to 3 different RIASEC letters")]
    [InlineData("interests: { codes: ri, reason: why }", "'codes' must be 1 to 3 different RIASEC letters")]
    [InlineData("interests: { codes: RI }", "'interests' is missing 'reason'")]
    [InlineData("interests: { codes: RI, reason: \"\" }", "'reason' is empty")]
    [InlineData("interests: RIS", "'interests' must be a set of 'name: value' lines")]
    public void Bad_interests_are_reported_on_their_line(string line, string message)
    {
        _tree.Write(Genetics, SampleContent.Role("Genetics", [line]));

        var result = Load(_tree);

        Error(result, Genetics, 4, message);
        OnlyErrorsIn(result, Genetics);
    }

    [Fact]
    public void Interests_are_only_for_roles_without_an_onet_code()
    {
        _tree.Write("clusters/us/care/aides.md", SampleContent.Role("Aides", ["onet: \"31-1131.00\"", "interests: { codes: S, reason: why }"]));

        var result = Load(_tree);

        Error(result, "clusters/us/care/aides.md", 5, "'interests' is for roles without an 'onet' code");
    }

    [Fact]
    public void Interests_is_not_a_key_for_pathways()
    {
        _tree.Write("clusters/uk/science/_index.md", SampleContent.Pathway("Science", ["interests: { codes: I, reason: why }"]));

        var result = Load(_tree);

        Error(result, "clusters/uk/science/_index.md", 4, "unknown key 'interests'");
    }
}
