using CareerCluster.Content.Model;
using CareerCluster.Content.OccupationData;
using YamlDotNet.RepresentationModel;

namespace CareerCluster.Content.Parsing;

/// <summary>How the front-matter keys with more than a plain value are read (the schema table points here).</summary>
internal static partial class KeyReaders
{
    public static string? Title(YamlNodeReader reader, YamlNode node)
    {
        var title = reader.String("title", node);
        return title;
    }

    public static string? Summary(YamlNodeReader reader, YamlNode node)
    {
        var summary = reader.String("summary", node);
        if (summary is { Length: > FrontMatterSchema.MaxSummaryLength })
        {
            reader.Error(node, $"'summary' is {summary.Length} characters: keep it to {FrontMatterSchema.MaxSummaryLength} at most");
        }

        return summary;
    }

    public static string? OneOf(YamlNodeReader reader, string key, YamlNode node, IReadOnlySet<string> allowed)
    {
        var value = reader.String(key, node);
        if (value is not null && !allowed.Contains(value))
        {
            reader.Error(node, $"'{key}' must be {string.Join(" or ", allowed)}, not '{value}'");
            return null;
        }

        return value;
    }

    public static LocatedValue? LocatedString(YamlNodeReader reader, string key, YamlNode node) =>
        reader.String(key, node) is { } value ? new LocatedValue(value, reader.LineOf(node)) : null;

    public static LocatedValue? OnetCode(YamlNodeReader reader, YamlNode node)
    {
        if (reader.String("onet", node) is not { } code)
        {
            return null;
        }

        if (UsDataReader.OnetCodePattern().IsMatch(code))
        {
            return new LocatedValue(code, reader.LineOf(node));
        }

        reader.Error(node, $"'onet' must be an O*NET-SOC code such as \"29-1141.00\", not '{code}'");
        return null;
    }

    public static InterestCodes? Interests(YamlNodeReader reader, YamlNode node)
    {
        var fields = reader.Mapping("interests", node, FrontMatterSchema.InterestsKeys, FrontMatterSchema.InterestsKeys);
        if (fields is null)
        {
            return null;
        }

        var codes = fields.TryGetValue("codes", out var c) ? reader.String("codes", c) : null;
        if (codes is not null && (codes.Length is < 1 or > 3 || codes.Any(letter => !Quiz.Riasec.IsLetter(letter)) || codes.Distinct().Count() != codes.Length))
        {
            reader.Error(c!, $"'codes' must be 1 to 3 different RIASEC letters (R, I, A, S, E, C), strongest first, such as \"RIS\", not '{codes}'");
            codes = null;
        }

        var reason = fields.TryGetValue("reason", out var r) ? reader.String("reason", r) : null;
        if (reason is "")
        {
            reader.Error(r!, "'reason' must say in plain words why the role has these interests");
            reason = null;
        }

        return codes is not null && reason is not null ? new InterestCodes(codes, reason, reader.LineOf(node)) : null;
    }

    public static IEnumerable<SourceReference> Sources(YamlNodeReader reader, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            reader.Error(node, "'sources' must be a list with at least one '- name: ...' entry");
            yield break;
        }

        if (!reader.WithinListLimit("sources", sequence))
        {
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            var fields = reader.Mapping("sources", item, FrontMatterSchema.SourceKeys, ["name"]);
            if (fields is null || !fields.TryGetValue("name", out var nameNode) || reader.String("name", nameNode) is not { } name)
            {
                continue;
            }

            string? url = null;
            if (fields.TryGetValue("url", out var urlNode) && reader.String("url", urlNode) is { } text)
            {
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                {
                    url = uri.AbsoluteUri;
                }
                else
                {
                    reader.Error(urlNode, $"source url '{text}' must be a full http:// or https:// address");
                }
            }

            yield return new SourceReference(name, url);
        }
    }

    public static MedianPay? MedianPay(YamlNodeReader reader, YamlNode node)
    {
        var fields = reader.Mapping("median_pay", node, FrontMatterSchema.MedianPayKeys, ["amount", "currency", "period"]);
        if (fields is null)
        {
            return null;
        }

        var amount = fields.TryGetValue("amount", out var a) ? reader.Decimal("amount", a) : null;
        if (amount is <= 0)
        {
            reader.Error(a!, "'amount' must be more than zero");
            amount = null;
        }

        var currency = fields.TryGetValue("currency", out var c) ? reader.String("currency", c) : null;
        if (currency is not null && !FrontMatterSchema.Currencies.Contains(currency))
        {
            reader.Error(c!, $"'currency' must be USD or GBP, not '{currency}'");
            currency = null;
        }

        var period = fields.TryGetValue("period", out var p) ? reader.String("period", p) : null;
        if (period is not null && period != "year")
        {
            reader.Error(p!, $"'period' must be 'year', not '{period}'");
            period = null;
        }

        var occupation = fields.TryGetValue("occupation", out var o) ? reader.String("occupation", o) : null;
        return amount is { } value && currency is not null && period is not null
            ? new MedianPay(value, currency, period, occupation)
            : null;
    }

    public static BandPay? Pay(YamlNodeReader reader, YamlNode node)
    {
        var fields = reader.Mapping("pay", node, FrontMatterSchema.PayKeys, ["currency", "bands", "year", "source"]);
        if (fields is null)
        {
            return null;
        }

        var valid = true;
        var currency = fields.TryGetValue("currency", out var c) ? reader.String("currency", c) : null;
        if (currency is not null && currency != "GBP")
        {
            reader.Error(c!, $"'pay' is Agenda for Change pay: its currency must be GBP, not '{currency}' (US roles use median_pay)");
            valid = false;
        }

        var bands = fields.TryGetValue("bands", out var b) ? reader.StringList("bands", b) : null;
        if (bands is { Count: 0 })
        {
            reader.Error(b!, "'bands' must list at least one Agenda for Change band");
            valid = false;
        }

        foreach (var (band, line) in bands ?? [])
        {
            if (!FrontMatterSchema.AgendaForChangeBands.Contains(band))
            {
                reader.Error(line, $"'{band}' is not an Agenda for Change band (allowed: {string.Join(", ", FrontMatterSchema.AgendaForChangeBands)})");
                valid = false;
            }
        }

        var low = fields.TryGetValue("low", out var l) ? reader.Decimal("low", l) : null;
        var high = fields.TryGetValue("high", out var h) ? reader.Decimal("high", h) : null;
        if (low is <= 0)
        {
            reader.Error(l!, "'low' must be more than zero");
            valid = false;
        }

        if (high is not null && low is null)
        {
            reader.Error(h!, "'high' needs a 'low': give the bottom of the lowest band too");
            valid = false;
        }
        else if (high < low)
        {
            reader.Error(h!, $"'high' ({high}) is below 'low' ({low})");
            valid = false;
        }

        var year = fields.TryGetValue("year", out var y) ? reader.String("year", y) : null;
        if (year is not null && !PayYearPattern().IsMatch(year))
        {
            reader.Error(y!, $"'year' must be a pay year such as \"2024/25\", not '{year}'");
            valid = false;
        }

        var source = fields.TryGetValue("source", out var s) ? LocatedString(reader, "source", s) : null;
        return valid && currency is not null && bands is { Count: > 0 } && year is not null && source is not null
            ? new BandPay(currency, bands.Select(x => x.Value).ToList(), low, high, year, source, reader.LineOf(node))
            : null;
    }

    public static IEnumerable<CrosswalkPair> Crosswalk(YamlNodeReader reader, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            reader.Error(node, "'crosswalk' must be a list of '- onet: ...' entries, each with a 'reason'");
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            var fields = reader.Mapping("crosswalk", item, FrontMatterSchema.CrosswalkKeys, FrontMatterSchema.CrosswalkKeys);
            if (fields is null || !fields.TryGetValue("onet", out var codeNode) || !fields.TryGetValue("reason", out var reasonNode))
            {
                continue;
            }

            var code = reader.String("onet", codeNode);
            if (code is not null && !UsDataReader.OnetCodePattern().IsMatch(code))
            {
                reader.Error(codeNode, $"crosswalk 'onet' must be an O*NET-SOC code such as \"29-1141.00\", not '{code}'");
                continue;
            }

            var reason = reader.String("reason", reasonNode);
            if (string.IsNullOrWhiteSpace(reason))
            {
                reader.Error(reasonNode, "crosswalk 'reason' must say in one sentence what the two share and where they differ");
                continue;
            }

            if (code is not null)
            {
                yield return new CrosswalkPair(code, reason.Trim(), reader.LineOf(codeNode));
            }
        }
    }

    public static LocatedValue? Division(YamlNodeReader reader, YamlNode node) =>
        OneOf(reader, "division", node, FrontMatterSchema.Divisions) is { } value ? new LocatedValue(value, reader.LineOf(node)) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}/\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex PayYearPattern();

    public static GrowthOutlook? Outlook(YamlNodeReader reader, YamlNode node)
    {
        var fields = reader.Mapping("outlook", node, FrontMatterSchema.OutlookKeys, FrontMatterSchema.OutlookKeys);
        if (fields is null)
        {
            return null;
        }

        var growth = fields.TryGetValue("growth_percent", out var g) ? reader.Decimal("growth_percent", g) : null;
        var period = fields.TryGetValue("period", out var p) ? reader.String("period", p) : null;
        var all = fields.TryGetValue("all_occupations_percent", out var a) ? reader.Decimal("all_occupations_percent", a) : null;
        return growth is { } growthValue && period is not null && all is { } allValue
            ? new GrowthOutlook(growthValue, period, allValue)
            : null;
    }

    public static IEnumerable<string> Values(IReadOnlyList<(string Value, int Line)>? items) =>
        items?.Select(i => i.Value) ?? [];

    public static IEnumerable<LocatedValue> Located(IReadOnlyList<(string Value, int Line)>? items) =>
        items?.Select(i => new LocatedValue(i.Value, i.Line)) ?? [];
}
