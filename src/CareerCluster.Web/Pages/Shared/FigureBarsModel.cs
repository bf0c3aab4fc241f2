namespace CareerCluster.Web.Pages.Shared;

/// <summary>One bar: its label, its length (null draws no bar) and the figure written at its end.</summary>
public sealed record FigureBar(string Label, decimal? Value, string Text);

/// <summary>
/// A small horizontal bar chart drawn in SVG for sighted readers; the table of the same figures that the page
/// puts beside it is the accessible (and printed) version, so the SVG is hidden from assistive technology.
/// </summary>
public sealed record FigureBarsModel(string CssClass, IReadOnlyList<FigureBar> Bars);
