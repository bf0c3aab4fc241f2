namespace CareerCluster.Data.Search;

/// <summary>Search tuning (configuration section "Search").</summary>
public sealed class SearchOptions
{
    /// <summary>
    /// The most role matches one ranking tier scores with bm25 (1-2 ms for 1,000). Scoring every role that
    /// merely mentions a broad word (one in thousands of roles) costs 15-30 ms and tells a reader little.
    /// </summary>
    public int CandidateLimit { get; set; } = 1000;
}
