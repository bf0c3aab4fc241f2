using System.Collections.Concurrent;
using CareerCluster.Data.Loading;

namespace CareerCluster.Web.Caching;

/// <summary>
/// Whole pages as the output cache stored them (status 200, headers, body), kept in front of routing so a
/// repeat request for a page is answered without routing, rate-limiter and output-cache work: it is what
/// an output-cache hit returns (the stored headers with the stored Date, plus Age), only cheaper.
/// Emptied on every content load, like the output cache. It holds plain page paths only: with query strings
/// (filters, searches, or junk that anyone can append) it could be filled with one-off copies, leaving no room
/// for the pages readers actually share; those stay with the output cache, which evicts.
/// </summary>
public sealed class RenderedPageCache
{
    internal const string OutputCacheContextItem = "CareerCluster.OutputCacheContext";
    private const long MaxBytes = 64 * 1024 * 1024;

    private readonly ConcurrentDictionary<PageKey, RenderedPage> _pages = new();
    private long _bytes;
    private long _generation;

    public RenderedPageCache(ActiveContent active) =>
        active.Changed += (_, _) =>
        {
            Interlocked.Increment(ref _generation);
            _pages.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        };

    internal long Generation => Interlocked.Read(ref _generation);

    internal bool TryGet(in PageKey key, long generation, DateTimeOffset now, out RenderedPage page) =>
        _pages.TryGetValue(key, out page!) && page.Generation == generation && now < page.Expires;

    internal void Add(in PageKey key, RenderedPage page)
    {
        if (page.Generation != Generation || !TryReserve(page.Body.Length))
        {
            return;
        }

        var replaced = default(RenderedPage);
        _pages.AddOrUpdate(key, page, (_, old) =>
        {
            replaced = old;
            return page;
        });
        if (replaced is not null)
        {
            Interlocked.Add(ref _bytes, -replaced.Bytes);
        }
    }

    /// <summary>The page's body in <paramref name="encoding"/>, compressed once and kept while the byte budget allows.</summary>
    internal byte[] Compressed(RenderedPage page, string encoding)
    {
        if (page.Compressed(encoding) is { } stored)
        {
            return stored;
        }

        var compressed = RenderedPage.Compress(page.Body, encoding);
        if (page.Generation == Generation && TryReserve(compressed.Length) && !page.TryStore(encoding, compressed))
        {
            // Another reader stored it first.
            Interlocked.Add(ref _bytes, -compressed.Length);
        }

        return page.Compressed(encoding) ?? compressed;
    }

    private bool TryReserve(long bytes)
    {
        if (Interlocked.Add(ref _bytes, bytes) <= MaxBytes)
        {
            return true;
        }

        Interlocked.Add(ref _bytes, -bytes);
        return false;
    }

    internal readonly record struct PageKey(string Method, string Scheme, string Host, string PathBase, string Path);
}
