namespace CareerCluster.Web.Pages.Shared;

/// <summary>One bar: an occupation and its BLS median, as the page states it ("$239,200 or more" when top-coded).</summary>
public sealed record OccupationPayBar(string Label, decimal Amount, string Text);

/// <summary>
/// Median pay by occupation as horizontal bars, highest first. The numbers are in the page's table
/// <paramref name="TableId"/>, which the caption names, so the chart needs no second copy of them.
/// </summary>
public sealed record OccupationPayChartModel(string Caption, string TableId, string TableName, IReadOnlyList<OccupationPayBar> Bars);
