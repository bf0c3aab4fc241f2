namespace CareerCluster.Web.Pages.Shared;

public sealed record OutlookChartModel(decimal GrowthPercent, decimal AllOccupationsPercent, string Period, string? SourceName);
