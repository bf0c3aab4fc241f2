using System.IO.Compression;
using Microsoft.Extensions.Primitives;

namespace CareerCluster.Web.Caching;

/// <summary>
/// One page as the output cache stored it, plus its Brotli and gzip bodies once a reader has asked for them.
/// Those are compressed once at the smallest size (a few milliseconds per page per content version) instead
/// of at the fastest level on every repeat, so browsers get smaller pages for no work per request.
/// </summary>
internal sealed class RenderedPage(long generation, DateTimeOffset created, DateTimeOffset expires, KeyValuePair<string, StringValues>[] headers, byte[] body)
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    private byte[]? _brotli;
    private byte[]? _gzip;

    public long Generation { get; } = generation;

    public DateTimeOffset Created { get; } = created;

    public DateTimeOffset Expires { get; } = expires;

    public KeyValuePair<string, StringValues>[] Headers { get; } = headers;

    public byte[] Body { get; } = body;

    /// <summary>What this page holds in memory: its body and the compressed bodies made so far.</summary>
    public long Bytes => Body.Length + (Volatile.Read(ref _brotli)?.Length ?? 0) + (Volatile.Read(ref _gzip)?.Length ?? 0);

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
