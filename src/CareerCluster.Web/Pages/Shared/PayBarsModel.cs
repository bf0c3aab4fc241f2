namespace CareerCluster.Web.Pages.Shared;

public sealed record PayBar(string Label, string Path, decimal Amount, string Currency, string Period);

/// <summary>Median pay bars; one chart per currency, because USD and GBP never share an axis.</summary>
public sealed record PayBarsModel(string Title, IReadOnlyList<PayBar> Bars)
{
    public IEnumerable<IGrouping<string, PayBar>> ByCurrency => Bars.GroupBy(b => b.Currency).OrderBy(g => g.Key, StringComparer.Ordinal);
}
