using CareerCluster.Content.Parsing;

namespace CareerCluster.Content.Loading;

/// <summary>A content file whose place in the layout is known.</summary>
public sealed record LocatedFile(string RelativePath, ContentLocation Location);
