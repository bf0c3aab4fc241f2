using System.IO.Compression;
using System.Net;
using CareerCluster.Web.Tests.Infrastructure;

namespace CareerCluster.Web.Tests.Caching;

/// <summary>Browsers ask for Brotli or gzip: repeat pages come compressed once at the smallest size, and decode to the same page.</summary>
public sealed class CompressionTests(CareerClusterFactory factory) : IClassFixture<CareerClusterFactory>
{
    private readonly HttpClient _client = factory.CreateNoRedirectClient();

    [Theory]
    [InlineData("/roles/nurses", "br")]
    [InlineData("/roles/nurses", "gzip")]
    [InlineData("/", "br")]
    [InlineData("/faq", "gzip")]
    public async Task Repeats_come_compressed_and_decode_to_the_page(string path, string encoding)
    {
        var plain = await GetAsync(path, acceptEncoding: null);
        var first = await GetAsync(path, encoding);
        var repeat = await GetAsync(path, encoding);

        foreach (var response in new[] { first, repeat })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
            Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), Decode(bytes, encoding));
        }

        Assert.Equal(plain.Headers.ETag, repeat.Headers.ETag);
        Assert.Equal(plain.Content.Headers.ContentType, repeat.Content.Headers.ContentType);
        // Compressed once at the smallest size, not at the fastest level each time.
        var fastest = Encode(await plain.Content.ReadAsByteArrayAsync(), encoding, CompressionLevel.Fastest);
        Assert.True(
            (await repeat.Content.ReadAsByteArrayAsync()).Length < fastest.Length,
            $"a repeat should be smaller than the page at the fastest level ({fastest.Length} bytes)");
    }

    [Theory]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("gzip;q=0.5, br", "br")]
    [InlineData("identity", null)]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("compress", null)]
    public async Task The_encoding_follows_what_the_reader_accepts(string acceptEncoding, string? expected)
    {
        await GetAsync("/roles/genomics-healthcare-scientist", acceptEncoding);
        var repeat = await GetAsync("/roles/genomics-healthcare-scientist", acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(expected is null ? [] : [expected], repeat.Content.Headers.ContentEncoding);
        var body = await repeat.Content.ReadAsByteArrayAsync();
        var html = System.Text.Encoding.UTF8.GetString(expected is null ? body : Decode(body, expected));
        Assert.Contains("</html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_without_compression_get_the_plain_page_after_others_got_it_compressed()
    {
        await GetAsync("/roles/sonographers", "br");
        await GetAsync("/roles/sonographers", "br");

        var plain = await GetAsync("/roles/sonographers", acceptEncoding: null);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var html = await plain.Content.ReadAsStringAsync();
        Assert.Contains("</html>", html, StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(html), plain.Content.Headers.ContentLength);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await _client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static byte[] Encode(byte[] body, string encoding, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (Stream encoder = encoding == "br" ? new BrotliStream(output, level, leaveOpen: true) : new GZipStream(output, level, leaveOpen: true))
        {
            encoder.Write(body);
        }

        return output.ToArray();
    }

    private static byte[] Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
