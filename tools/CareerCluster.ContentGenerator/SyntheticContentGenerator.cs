using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerCluster.ContentGenerator;

/// <summary>What to generate.</summary>
/// <param name="Roles">How many roles (spread over <see cref="SyntheticContentGenerator.ClusterCount"/> clusters and their pathways).</param>
/// <param name="OutputDirectory">The content folder to write (created; must be empty or earlier generator output).</param>
/// <param name="Seed">Same seed, same bytes.</param>
/// <param name="LastReviewed">The newest `last_reviewed` date written; older pages go back up to 59 days from it.</param>
/// <param name="UsDataDirectory">The repository's real US occupation data (content/data/us), copied unchanged into the output
/// so the build joins it; each listed occupation goes to one synthetic US role. Null: no data, no `onet`.</param>
public sealed record GeneratorOptions(int Roles, string OutputDirectory, ulong Seed, DateOnly LastReviewed, string? UsDataDirectory = null);

/// <summary>
/// Writes a synthetic content tree that follows the editors' contract (content/README.md) to the letter,
/// for benchmarks and scale tests. Every page says it is synthetic; nothing here is a real fact, and the
/// output never belongs in the repository's content/ folder.
/// </summary>
public static class SyntheticContentGenerator
{
    public const int ClusterCount = 4;
    public const int PathwaysPerCluster = 5;
    public const int FaqCount = 20;

    /// <summary>A fixed, recent review date so output is byte-identical from run to run (check-content warns once it is over 12 months old: bump it then).</summary>
    public static readonly DateOnly DefaultLastReviewed = new(2026, 11, 1);

    /// <summary>Marks a folder as generator output, so a re-run may replace it (the loader ignores dot files).</summary>
    public const string MarkerFile = ".synthetic-content";

    private const string SourceBase = "https://www.example.org/synthetic-sources/";

    /// <summary>Where the US occupation data lives in a content folder (the validator's <c>UsDataReader.Folder</c>).</summary>
    public const string UsDataFolder = "data/us";

    private const string ListingFolder = "career-clusters";
    private const string ExcludedFile = "excluded-occupations.tsv";

    private static readonly Regex OnetCode = new(@"\b\d{2}-\d{4}\.\d{2}\b", RegexOptions.CultureInvariant);

    private static readonly Theme[] Themes =
    [
        new("therapeutic care", ["rehabilitation", "physiotherapy", "patient care", "medications", "wound care", "exercise programmes", "nursing handovers", "care plans"], ["therapist", "nurse", "rehabilitation assistant"]),
        new("diagnostic imaging", ["ultrasound scans", "radiography", "sonography", "image quality checks", "contrast agents", "radiation safety", "scan reports", "imaging protocols"], ["sonographer", "radiographer", "imaging technologist"]),
        new("health informatics", ["patient records", "clinical coding", "data quality", "software updates", "privacy rules", "dashboards", "interoperability standards", "audit trails"], ["coder", "analyst", "informatics specialist"]),
        new("support services", ["scheduling", "equipment maintenance", "billing queries", "supplies", "reception desks", "cleaning rotas", "budgets", "staff rotas"], ["administrator", "technician", "coordinator"]),
        new("biotechnology research", ["clinical trials", "cell cultures", "pharmaceutical research", "lab notebooks", "protocols", "assay development", "regulatory files", "study data"], ["researcher", "trial coordinator", "biotechnologist"]),
        new("life sciences", ["blood samples", "microbiology", "haematology", "infection control", "tissue sections", "microscopy", "genetic tests", "quality assurance"], ["biomedical scientist", "laboratory scientist", "geneticist"]),
        new("physiological sciences", ["heart monitoring", "lung function tests", "hearing assessments", "sleep studies", "nerve conduction", "gastro-intestinal tests", "blood pressure", "patient consultations"], ["physiologist", "audiologist", "clinical scientist"]),
        new("clinical engineering", ["medical devices", "equipment safety", "radiotherapy planning", "medical physics", "prosthetics", "calibration", "rehabilitation engineering", "imaging physics"], ["clinical engineer", "medical physicist", "device technologist"]),
        new("bioinformatics", ["genomic data", "DNA sequencing", "variant analysis", "pipelines", "statistics", "databases", "algorithms", "research software"], ["bioinformatician", "data scientist", "genomics analyst"]),
        new("community health", ["home visits", "health promotion", "vaccination clinics", "screening programmes", "patient education", "public health data", "outreach", "school health"], ["health visitor", "outreach worker", "health educator"]),
    ];

    private static readonly string[] Skills =
    [
        "Communication", "Empathy", "Attention to detail", "Problem-solving", "Teamwork", "Critical thinking",
        "Time management", "Numeracy", "Digital skills", "Record keeping", "Manual dexterity", "Resilience",
        "Leadership", "Data analysis", "Patient safety awareness", "Scientific method",
    ];

    private static readonly string[] Settings =
    [
        "Hospitals", "Laboratories", "Clinics", "Community settings", "Patients' homes", "Research institutes",
        "Offices", "Operating theatres", "Outpatient departments", "Universities", "Schools", "Remote working",
    ];

    private static readonly string[] Verbs =
    [
        "plan", "check", "explain", "record", "review", "organise", "support", "prepare", "monitor", "improve",
        "analyse", "discuss", "document", "coordinate", "test",
    ];

    private static readonly string[] Places =
    [
        "on a busy ward", "in a quiet laboratory", "at a community clinic", "in a shared office", "alongside senior colleagues",
        "with patients and families", "in a multidisciplinary team", "during evening shifts", "across several sites", "in a training placement",
    ];

    private static readonly string[] Connectives =
    [
        "Most days,", "Over a typical week,", "In many teams,", "At the start of a shift,", "When things get busy,",
        "With experience,", "In larger organisations,", "For new starters,", "Later in a career,", "Where services are stretched,",
    ];

    private static readonly string[] Frequencies = ["Daily", "Weekly", "Monthly", "Several times a day", "As needed", "Each shift"];

    private static readonly string[] Levels = ["Entry", "Developing", "Proficient", "Advanced"];

    private static readonly string[] Educations =
    [
        "A relevant degree, or an apprenticeship with workplace assessment (synthetic benchmark data).",
        "A two-year college programme and a professional certificate (synthetic benchmark data).",
        "A science degree followed by supervised clinical training (synthetic benchmark data).",
        "A school-leaving qualification and on-the-job training (synthetic benchmark data).",
        "A postgraduate qualification in the specialism (synthetic benchmark data).",
    ];

    private sealed record Theme(string Name, string[] Topics, string[] People);

    private sealed record Cluster(int Index, string Slug, string Title, string Region);

    private sealed record PathwayInfo(int Index, string Slug, string Title, Cluster Cluster, Theme Theme);

    /// <summary>Writes the tree and returns how many files it wrote.</summary>
    public static int Generate(GeneratorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Roles);
        PrepareOutput(options.OutputDirectory);

        var width = Math.Max(4, options.Roles.ToString(CultureInfo.InvariantCulture).Length);
        var clusters = Enumerable.Range(0, ClusterCount)
            .Select(i =>
            {
                var region = i < ClusterCount / 2 ? "US" : "UK";
                return new Cluster(i, $"synthetic-{region.ToLowerInvariant()}-cluster-{i + 1}", $"Synthetic {region} cluster {i + 1}", region);
            })
            .ToArray();
        var pathways = Enumerable.Range(0, ClusterCount * PathwaysPerCluster)
            .Select(i => new PathwayInfo(i, $"synthetic-pathway-{i + 1:D2}", $"Synthetic pathway {i + 1:D2}", clusters[i / PathwaysPerCluster], Themes[i % Themes.Length]))
            .ToArray();

        var roleSlug = (int index) => $"synthetic-role-{(index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}";
        var roleTitle = (int index) => $"Synthetic role {(index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}";
        var pathwayOf = (int index) => pathways[index % pathways.Length];

        // Drafts are left out of production builds, so nothing links to them.
        var isDraft = (int index) => options.Roles >= 50 && index % 50 == 49;
        var published = Enumerable.Range(0, options.Roles).Where(i => !isDraft(i)).ToArray();
        var publishedByRegion = published.GroupBy(i => pathwayOf(i).Cluster.Region).ToDictionary(g => g.Key, g => g.ToArray());

        var files = 0;
        var onetOf = new Dictionary<int, string>();
        if (options.UsDataDirectory is { } usData)
        {
            files += CopyUsData(usData, options.OutputDirectory, published.Where(i => pathwayOf(i).Cluster.Region == "US").ToArray(), onetOf);
        }

        var rootRandom = new SplitMix64(options.Seed);
        foreach (var cluster in clusters)
        {
            var random = rootRandom.Fork((ulong)cluster.Index + 1);
            var own = pathways.Where(p => p.Cluster == cluster).ToArray();
            Write(options.OutputDirectory, $"clusters/{cluster.Slug}/_index.md", ClusterFile(cluster, own, options, random));
            files++;
        }

        foreach (var pathway in pathways)
        {
            var random = rootRandom.Fork(1000 + (ulong)pathway.Index);
            var roles = Enumerable.Range(0, options.Roles).Where(i => pathwayOf(i) == pathway && !isDraft(i)).Take(5).ToArray();
            Write(options.OutputDirectory, $"clusters/{pathway.Cluster.Slug}/{pathway.Slug}/_index.md",
                PathwayFile(pathway, roles.Select(r => (roleSlug(r), roleTitle(r))).ToArray(), options, random));
            files++;
        }

        for (var i = 0; i < options.Roles; i++)
        {
            var random = rootRandom.Fork(1_000_000 + (ulong)i);
            var pathway = pathwayOf(i);
            var pick = (int[] candidates) =>
            {
                for (var attempt = 0; attempt < 8 && candidates.Length > 0; attempt++)
                {
                    var candidate = candidates[random.Next(candidates.Length)];
                    if (candidate != i)
                    {
                        return (int?)candidate;
                    }
                }

                return null;
            };

            var sameRegion = publishedByRegion.GetValueOrDefault(pathway.Cluster.Region, []);
            var otherRegion = publishedByRegion.GetValueOrDefault(pathway.Cluster.Region == "US" ? "UK" : "US", []);
            var related = new List<int>();
            if (pick(sameRegion) is { } same)
            {
                related.Add(same);
            }

            if (i % 3 == 0 && pick(otherRegion) is { } other && !related.Contains(other))
            {
                related.Add(other);
            }

            var linked = new List<int>();
            for (var k = 0; k < 2; k++)
            {
                if (pick(published) is { } target && !linked.Contains(target))
                {
                    linked.Add(target);
                }
            }

            var role = new RoleSpec(
                Index: i,
                Slug: roleSlug(i),
                Title: roleTitle(i),
                Pathway: pathway,
                Draft: isDraft(i),
                Related: related.Select(roleSlug).ToArray(),
                Links: linked.Select(r => (roleSlug(r), roleTitle(r))).ToArray(),
                Order: i / pathways.Length + 1,
                Onet: onetOf.GetValueOrDefault(i));
            Write(options.OutputDirectory, $"clusters/{pathway.Cluster.Slug}/{pathway.Slug}/{role.Slug}.md", RoleFile(role, options, random));
            files++;
        }

        for (var q = 0; q < FaqCount; q++)
        {
            var random = rootRandom.Fork(10_000_000 + (ulong)q);
            var linkedRole = published.Length > 0 ? published[random.Next(published.Length)] : -1;
            Write(options.OutputDirectory, $"faq/synthetic-question-{q + 1:D2}.md",
                FaqFile(q, clusters[q % clusters.Length], pathways[q % pathways.Length],
                    linkedRole >= 0 ? (roleSlug(linkedRole), roleTitle(linkedRole)) : null, options, random));
            files++;
        }

        return files;
    }

    private sealed record RoleSpec(int Index, string Slug, string Title, PathwayInfo Pathway, bool Draft, string[] Related, (string Slug, string Title)[] Links, int Order, string? Onet);

    private static void PrepareOutput(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            if (!File.Exists(Path.Combine(full, MarkerFile)))
            {
                throw new InvalidOperationException(
                    $"{full} is not empty and was not written by this generator: refusing to overwrite it (synthetic content never goes into content/)");
            }

            foreach (var entry in new[] { "clusters", "faq", "data" }.Select(name => Path.Combine(full, name)).Where(Directory.Exists))
            {
                Directory.Delete(entry, recursive: true);
            }
        }

        Directory.CreateDirectory(full);
        Write(full, MarkerFile, "Synthetic CareerCluster content written by tools/CareerCluster.ContentGenerator. Not real facts; never copy into content/.\n");
    }

    /// <summary>
    /// Copies the US data folder unchanged, then gives each occupation of the Career Clusters listing (in listing order)
    /// to one of <paramref name="usRoles"/> (in index order). When there are fewer roles than occupations, the rest are
    /// excluded on purpose in excluded-occupations.tsv, as the validator requires. Returns how many files it wrote.
    /// </summary>
    private static int CopyUsData(string source, string outputDirectory, int[] usRoles, Dictionary<int, string> onetOf)
    {
        var from = Path.GetFullPath(source);
        if (!Directory.Exists(Path.Combine(from, ListingFolder)))
        {
            throw new InvalidOperationException($"{from} is not a US data folder: it has no {ListingFolder}/ listing");
        }

        var to = Path.Combine(Path.GetFullPath(outputDirectory), UsDataFolder);
        var files = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            files++;
        }

        var excludedPath = Path.Combine(to, ExcludedFile);
        var alreadyExcluded = File.Exists(excludedPath)
            ? File.ReadLines(excludedPath).Skip(1).Select(line => line.Split('\t')[0].Trim()).ToHashSet(StringComparer.Ordinal)
            : [];
        var codes = Directory.EnumerateFiles(Path.Combine(from, ListingFolder), "*.csv").Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadLines(file).Skip(1))
            .Select(line => OnetCode.Match(line))
            .Where(match => match.Success)
            .Select(match => match.Value)
            .Distinct(StringComparer.Ordinal)
            .Where(code => !alreadyExcluded.Contains(code))
            .ToList();
        for (var k = 0; k < codes.Count && k < usRoles.Length; k++)
        {
            onetOf[usRoles[k]] = codes[k];
        }

        if (codes.Count > usRoles.Length)
        {
            var text = new StringBuilder(File.Exists(excludedPath) ? File.ReadAllText(excludedPath) : "O*NET-SOC Code\tReason\n");
            if (text.Length > 0 && text[^1] != '\n')
            {
                text.Append('\n');
            }

            foreach (var code in codes.Skip(usRoles.Length))
            {
                text.Append(code).Append("\tSynthetic benchmark content: fewer synthetic US roles than listed occupations\n");
            }

            if (!File.Exists(excludedPath))
            {
                files++;
            }

            Write(to, ExcludedFile, text.ToString());
        }

        return files;
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
    }

    private static string ClusterFile(Cluster cluster, PathwayInfo[] pathways, GeneratorOptions options, SplitMix64 random)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        Key(text, "title", cluster.Title);
        Key(text, "summary", $"A synthetic {cluster.Region} cluster used to benchmark CareerCluster at scale. It groups {pathways.Length} synthetic pathways; none of its facts are real.");
        text.Append("region: ").Append(cluster.Region).Append('\n');
        text.Append("order: ").Append(cluster.Index + 1).Append('\n');
        text.Append("outlook:\n");
        text.Append("  growth_percent: ").Append(8 + random.Next(10)).Append('\n');
        text.Append("  period: \"2024-2034\"\n");
        text.Append("  all_occupations_percent: ").Append(3 + random.Next(3)).Append('\n');
        List(text, "aliases", [$"old-{cluster.Slug}"]);
        Reviewed(text, options, cluster.Index);
        Sources(text, random);
        text.Append("---\n\n");

        text.Append($"{cluster.Title} is synthetic benchmark content: it looks like a real cluster page so the site can be measured at scale, but every name and number on it is made up.\n\n");
        text.Append("## Pathways\n\n");
        foreach (var pathway in pathways)
        {
            text.Append($"- [{pathway.Title}](/pathways/{pathway.Slug}): synthetic careers in {pathway.Theme.Name}.\n");
        }

        text.Append("\n## About this data\n\n");
        Paragraph(text, random, pathways[0].Theme, cluster.Title, 80);
        text.Append("See the [synthetic questions](/faq#synthetic-question-01) or https://www.example.org/synthetic-clusters for the idea behind it.\n");
        return text.ToString();
    }

    private static string PathwayFile(PathwayInfo pathway, (string Slug, string Title)[] roles, GeneratorOptions options, SplitMix64 random)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        Key(text, "title", pathway.Title);
        Key(text, "summary", $"A synthetic pathway of {pathway.Theme.Name} careers in {pathway.Cluster.Title}, generated for benchmarks. Not real career information.");
        text.Append("order: ").Append(pathway.Index % PathwaysPerCluster + 1).Append('\n');
        Key(text, "education", Educations[random.Next(Educations.Length)]);
        List(text, "skills", Pick(random, Skills, 3));
        List(text, "work_settings", Pick(random, Settings, 3));
        List(text, "aliases", [$"old-{pathway.Slug}"]);
        Reviewed(text, options, pathway.Index);
        Sources(text, random);
        text.Append("---\n\n");

        text.Append($"{pathway.Title} is a synthetic pathway in [{pathway.Cluster.Title}](/clusters/{pathway.Cluster.Slug}), about {pathway.Theme.Name}.\n\n");
        text.Append("## What the work involves\n\n");
        Paragraph(text, random, pathway.Theme, pathway.Title, 90);
        if (roles.Length > 0)
        {
            text.Append("## Example roles\n\n");
            foreach (var (slug, title) in roles)
            {
                text.Append($"- [{title}](/roles/{slug})\n");
            }

            text.Append('\n');
        }

        text.Append("More background (synthetic): https://www.example.org/synthetic-pathways\n");
        return text.ToString();
    }

    private static string RoleFile(RoleSpec role, GeneratorOptions options, SplitMix64 random)
    {
        var theme = role.Pathway.Theme;
        var region = role.Pathway.Cluster.Region;
        var topics = Pick(random, theme.Topics, 4);
        var person = theme.People[random.Next(theme.People.Length)];
        var text = new StringBuilder(4096);
        text.Append("---\n");
        Key(text, "title", role.Title);
        Key(text, "summary", $"{role.Title} is a synthetic {person} role in {theme.Name}, focused on {topics[0]} and {topics[1]}. Generated for benchmarks; not real career information.");
        text.Append("order: ").Append(role.Order).Append('\n');
        if (role.Onet is { } onet)
        {
            Key(text, "onet", onet);
        }

        if (role.Draft)
        {
            text.Append("draft: true\n");
        }

        Key(text, "education", Educations[random.Next(Educations.Length)]);
        List(text, "skills", Pick(random, Skills, 3 + random.Next(3)));
        List(text, "work_settings", Pick(random, Settings, 2 + random.Next(2)));
        if (role.Index % 4 != 3)
        {
            var (low, high, currency) = region == "US" ? (32_000, 140_000, "USD") : (24_000, 95_000, "GBP");
            text.Append("median_pay:\n");
            text.Append("  amount: ").Append(low + random.Next((high - low) / 500) * 500).Append('\n');
            text.Append("  currency: ").Append(currency).Append('\n');
            text.Append("  period: year\n");
            text.Append("  occupation: \"Synthetic occupation ").Append(role.Title["Synthetic role ".Length..]).Append(" (benchmark data)\"\n");
        }

        if (role.Related.Length > 0)
        {
            List(text, "related", role.Related);
        }

        if (role.Index % 5 == 0)
        {
            List(text, "aliases", [$"old-{role.Slug}"]);
        }

        Reviewed(text, options, role.Index);
        Sources(text, random);
        text.Append("---\n\n");

        text.Append($"{role.Title} is synthetic benchmark content: a made-up {person} role in the [{role.Pathway.Title}](/pathways/{role.Pathway.Slug}) pathway of [{role.Pathway.Cluster.Title}](/clusters/{role.Pathway.Cluster.Slug}). ");
        text.Append("It reads like a real page so that search, rendering and the database can be measured at scale.\n\n");

        text.Append("## What the work involves\n\n");
        Paragraph(text, random, theme, role.Title, 90);
        foreach (var topic in topics)
        {
            text.Append($"- {Capitalise(Verbs[random.Next(Verbs.Length)])} {topic} {Places[random.Next(Places.Length)]}\n");
        }

        text.Append("\n## A typical week\n\n");
        Paragraph(text, random, theme, role.Title, 110);

        text.Append("## Tasks at a glance\n\n");
        text.Append("| Task | How often | Level |\n");
        text.Append("| --- | --- | --- |\n");
        foreach (var topic in topics)
        {
            text.Append($"| {Capitalise(Verbs[random.Next(Verbs.Length)])} {topic} | {Frequencies[random.Next(Frequencies.Length)]} | {Levels[random.Next(Levels.Length)]} |\n");
        }

        text.Append("\n## Skills and training\n\n");
        Paragraph(text, random, theme, role.Title, 100);

        text.Append("## Where to go next\n\n");
        foreach (var (slug, title) in role.Links)
        {
            text.Append($"- Compare with [{title}](/roles/{slug}), another synthetic role.\n");
        }

        text.Append($"- Read the [synthetic questions](/faq#synthetic-question-{role.Index % FaqCount + 1:D2}).\n");
        text.Append($"- Background reading (synthetic): [example source](https://www.example.org/synthetic-roles/{role.Slug}) or https://www.example.org/careers\n");
        return text.ToString();
    }

    private static string FaqFile(int index, Cluster cluster, PathwayInfo pathway, (string Slug, string Title)? role, GeneratorOptions options, SplitMix64 random)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        Key(text, "question", $"Synthetic question {index + 1:D2}: what do synthetic {pathway.Theme.Name} roles involve?");
        text.Append("cluster: ").Append(cluster.Slug).Append('\n');
        text.Append("order: ").Append(index + 1).Append('\n');
        Reviewed(text, options, index);
        Sources(text, random);
        text.Append("---\n\n");
        text.Append($"This answer is synthetic benchmark content. See [{pathway.Title}](/pathways/{pathway.Slug})");
        text.Append(role is { } r ? $" and [{r.Title}](/roles/{r.Slug}).\n\n" : ".\n\n");
        Paragraph(text, random, pathway.Theme, pathway.Title, 60);
        return text.ToString();
    }

    /// <summary>Sentences built from the theme's vocabulary until about <paramref name="words"/> words.</summary>
    private static void Paragraph(StringBuilder text, SplitMix64 random, Theme theme, string subject, int words)
    {
        var written = 0;
        var first = true;
        while (written < words)
        {
            var topic = theme.Topics[random.Next(theme.Topics.Length)];
            var other = theme.Topics[(Array.IndexOf(theme.Topics, topic) + 1 + random.Next(theme.Topics.Length - 1)) % theme.Topics.Length];
            var sentence = random.Next(4) switch
            {
                0 => $"{Connectives[random.Next(Connectives.Length)]} people in {subject} {Verbs[random.Next(Verbs.Length)]} {topic} {Places[random.Next(Places.Length)]}.",
                1 => $"A {theme.People[random.Next(theme.People.Length)]} might {Verbs[random.Next(Verbs.Length)]} {topic} and then {Verbs[random.Next(Verbs.Length)]} {other} before handing over.",
                2 => $"Good {other} depends on {topic}, so the team {ThirdPerson(Verbs[random.Next(Verbs.Length)])} that work carefully {Places[random.Next(Places.Length)]}.",
                _ => $"{Connectives[random.Next(Connectives.Length)]} the focus moves from {topic} to {other}, which helps staff {Verbs[random.Next(Verbs.Length)]} their work.",
            };
            if (!first)
            {
                text.Append(' ');
            }

            text.Append(sentence);
            written += sentence.Count(c => c == ' ') + 1;
            first = false;
        }

        text.Append("\n\n");
    }

    private static void Key(StringBuilder text, string key, string value) =>
        text.Append(key).Append(": ").Append(Quote(value)).Append('\n');

    private static void List(StringBuilder text, string key, IEnumerable<string> values)
    {
        text.Append(key).Append(":\n");
        foreach (var value in values)
        {
            text.Append("  - ").Append(Quote(value)).Append('\n');
        }
    }

    private static void Reviewed(StringBuilder text, GeneratorOptions options, int index) =>
        text.Append("last_reviewed: ").Append(options.LastReviewed.AddDays(-(index % 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');

    private static void Sources(StringBuilder text, SplitMix64 random)
    {
        var number = 1 + random.Next(9);
        text.Append("sources:\n");
        text.Append("  - name: \"Synthetic benchmark source ").Append(number).Append("\"\n");
        text.Append("    url: \"").Append(SourceBase).Append(number).Append("\"\n");
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string[] Pick(SplitMix64 random, string[] from, int count)
    {
        var chosen = new List<string>(count);
        while (chosen.Count < Math.Min(count, from.Length))
        {
            var candidate = from[random.Next(from.Length)];
            if (!chosen.Contains(candidate))
            {
                chosen.Add(candidate);
            }
        }

        return [.. chosen];
    }

    private static string ThirdPerson(string verb) =>
        verb.EndsWith("ss", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal)
            ? verb + "es"
            : verb + "s";

    private static string Capitalise(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];
}

/// <summary>A small PRNG with a fixed algorithm, so output never depends on the runtime's Random implementation.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 (inclusive) to <paramref name="maxExclusive"/> (exclusive).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>An independent stream per page, so one page's text does not shift when another changes.</summary>
    public SplitMix64 Fork(ulong stream) => new(_state ^ (stream * 0xD1B54A32D192ED03UL));
}
