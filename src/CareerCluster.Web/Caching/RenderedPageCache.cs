using CareerCluster.Data.Loading;
using Microsoft.Extensions.Options;

namespace CareerCluster.Web.Caching;

/// <summary>
/// The site's one page cache: whole pages as rendered, in front of routing, so a repeat request for a page is
/// answered without routing, rate-limiter or rendering work. One invalidation rule: every content load (good or
/// bad, <see cref="ActiveContent.Changed"/>) empties it, and a page rendered from older content is never stored.
/// Memory is bounded: keys, headers, bodies and compressed bodies all count against
/// <see cref="PageCachingOptions.PageCacheMegabytes"/>, and the least recently used pages go first.
/// </summary>
public sealed class RenderedPageCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<PageKey, LinkedListNode<RenderedPage>> _pages = [];

    // Most recently used first.
    private readonly LinkedList<RenderedPage> _recency = new();
    private long _bytes;
    private long _generation;

    public RenderedPageCache(ActiveContent active, IOptions<PageCachingOptions> options)
    {
        MaxBytes = (long)(options.Value.PageCacheMegabytes * 1024 * 1024);
        active.Changed += (_, _) => Clear();
    }

    /// <summary>The byte budget.</summary>
    public long MaxBytes { get; }

    /// <summary>Bytes held now, keys, headers and compressed bodies included.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _pages.Count;
            }
        }
    }

    /// <summary>Whether a page for this path is held (under any origin).</summary>
    public bool Contains(string path)
    {
        lock (_lock)
        {
            return _pages.Keys.Any(key => key.Path == path);
        }
    }

    internal long Generation => Interlocked.Read(ref _generation);

    internal bool TryGet(in PageKey key, out RenderedPage page)
    {
        lock (_lock)
        {
            if (_pages.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                page = node.Value;
                return true;
            }
        }

        page = null!;
        return false;
    }

    internal void Add(RenderedPage page)
    {
        // A page that would take more than an eighth of the budget would push out many others.
        if (page.BaseBytes > MaxBytes / 8)
        {
            return;
        }

        lock (_lock)
        {
            if (page.Generation != _generation)
            {
                return;
            }

            if (_pages.Remove(page.Key, out var old))
            {
                Remove(old);
            }

            _pages[page.Key] = _recency.AddFirst(page);
            _bytes += page.BaseBytes;
            EvictOverBudget();
        }
    }

    /// <summary>The page's body in <paramref name="encoding"/>, compressed once and kept while the page is held.</summary>
    internal byte[] Compressed(RenderedPage page, string encoding)
    {
        if (page.Compressed(encoding) is { } stored)
        {
            return stored;
        }

        var compressed = RenderedPage.Compress(page.Body, encoding);
        lock (_lock)
        {
            if (_pages.TryGetValue(page.Key, out var node) && ReferenceEquals(node.Value, page) && page.TryStore(encoding, compressed))
            {
                _bytes += compressed.Length;
                EvictOverBudget();
            }
        }

        return page.Compressed(encoding) ?? compressed;
    }

    private void Clear()
    {
        lock (_lock)
        {
            Interlocked.Increment(ref _generation);
            _pages.Clear();
            _recency.Clear();
            _bytes = 0;
        }
    }

    private void EvictOverBudget()
    {
        while (_bytes > MaxBytes && _recency.Last is { } oldest)
        {
            _pages.Remove(oldest.Value.Key);
            Remove(oldest);
        }
    }

    private void Remove(LinkedListNode<RenderedPage> node)
    {
        _recency.Remove(node);
        var page = node.Value;
        _bytes -= page.BaseBytes + (page.Compressed(RenderedPage.Brotli)?.Length ?? 0) + (page.Compressed(RenderedPage.Gzip)?.Length ?? 0);
    }

    /// <summary>The canonical origin (empty when <c>Site:BaseUrl</c> fixes it) and the path.</summary>
    internal readonly record struct PageKey(string Origin, string Path);
}
