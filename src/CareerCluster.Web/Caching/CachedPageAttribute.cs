namespace CareerCluster.Web.Caching;

/// <summary>
/// Marks a page or endpoint whose 200 answer to a plain GET (no query string) is the same for every reader
/// of one content version, so <see cref="RenderedPageCache"/> may keep it. Nothing else is ever stored:
/// error pages, rate-limited pages, probes and static files are not marked.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedPageAttribute : Attribute;
