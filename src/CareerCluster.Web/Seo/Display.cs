using System.Globalization;

namespace CareerCluster.Web.Seo;

/// <summary>How figures and dates read on the page.</summary>
public static class Display
{
    public const int ReviewIntervalMonths = 12;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Money(decimal amount, string currency) => currency switch
    {
        "USD" => "$" + amount.ToString("N0", CultureInfo.InvariantCulture),
        "GBP" => "£" + amount.ToString("N0", CultureInfo.InvariantCulture),
        _ => $"{amount.ToString("N0", CultureInfo.InvariantCulture)} {currency}",
    };

    public static string Pay(decimal amount, string currency, string period) =>
        $"{Money(amount, currency)} a {period} ({currency})";

    /// <summary>Agenda for Change bands as words: "Band 5", "Bands 4 and 5", "Bands 5 to 9" (a run in band order).</summary>
    public static string Bands(IReadOnlyList<string> bands)
    {
        if (bands.Count == 1)
        {
            return "Band " + bands[0];
        }

        var order = CareerCluster.Content.Parsing.FrontMatterSchema.AgendaForChangeBands;
        var positions = bands.Select(b => order.ToList().IndexOf(b)).ToList();
        var isRun = positions.Zip(positions.Skip(1)).All(p => p.Second == p.First + 1);
        return isRun && bands.Count > 2
            ? $"Bands {bands[0]} to {bands[^1]}"
            : "Bands " + string.Join(", ", bands.Take(bands.Count - 1)) + " and " + bands[^1];
    }

    public static string Percent(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A BLS figure published in thousands, written out: 189.1 becomes "189,100" (no rounding beyond the source's).</summary>
    public static string Thousands(decimal thousands) => (thousands * 1000).ToString("N0", CultureInfo.InvariantCulture);

    public static string SignedPercent(decimal value) => (value > 0 ? "+" : "") + value.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string RegionName(string region) => region == "UK" ? "UK (NHS)" : "US";
}
