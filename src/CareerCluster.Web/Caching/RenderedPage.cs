using System.IO.Compression;
using Microsoft.Extensions.Primitives;

namespace CareerCluster.Web.Caching;

/// <summary>
/// One page as it was rendered (status 200, headers, body), plus its Brotli and gzip bodies once a reader has
/// asked for them. Those are compressed once at the smallest size (a few milliseconds per page per content
/// version) instead of at the fastest level on every repeat, so browsers get smaller pages for no work per request.
/// </summary>
internal sealed class RenderedPage(RenderedPageCache.PageKey key, long generation, KeyValuePair<string, StringValues>[] headers, string? etag, byte[] body)
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    // What the objects around the bytes cost: this object, the list node, the dictionary slot, array headers.
    private const int EntryOverhead = 256;
    private const int HeaderOverhead = 64;

    private byte[]? _brotli;
    private byte[]? _gzip;

    public RenderedPageCache.PageKey Key { get; } = key;

    public long Generation { get; } = generation;

    public KeyValuePair<string, StringValues>[] Headers { get; } = headers;

    public string? ETag { get; } = etag;

    public byte[] Body { get; } = body;

    /// <summary>What this page holds in memory without its compressed bodies: key, headers, body and the objects around them.</summary>
    public long BaseBytes { get; } = EntryOverhead + (2L * (key.Origin.Length + key.Path.Length)) + body.Length
        + headers.Sum(h => HeaderOverhead + (2L * (h.Key.Length + h.Value.Sum(v => v?.Length ?? 0))));

    public static bool CanCompress(string encoding) => encoding is Brotli or Gzip;

    public byte[]? Compressed(string encoding) => encoding switch
    {
        Brotli => Volatile.Read(ref _brotli),
        Gzip => Volatile.Read(ref _gzip),
        _ => null,
    };

    /// <summary>Keeps the first body stored for this encoding; false when another request stored one first.</summary>
    public bool TryStore(string encoding, byte[] compressed) => encoding switch
    {
        Brotli => Interlocked.CompareExchange(ref _brotli, compressed, null) is null,
        Gzip => Interlocked.CompareExchange(ref _gzip, compressed, null) is null,
        _ => false,
    };

    public static byte[] Compress(byte[] body, string encoding)
    {
        using var output = new MemoryStream(body.Length / 3);
        using (Stream compressor = encoding == Brotli
            ? new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true)
            : new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }
}
