using QRCoder;

namespace CareerCluster.Web.Sharing;

/// <summary>Inline SVG QR codes, so a printed handout or a projected shortlist opens on a phone.</summary>
public sealed class QrCodes
{
    /// <summary>Longer URLs make codes too dense to scan from paper (and past about 2,300 bytes, none at all).</summary>
    public const int MaxUrlLength = 1024;

    /// <summary>The code for <paramref name="url"/>, or null when it is too long to scan; the page shows the URL as text either way.</summary>
    public string? Svg(string url)
    {
        if (url.Length > MaxUrlLength)
        {
            return null;
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        // Decorative to assistive technology: the URL is printed beside it as text.
        return svg[start..].Replace("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" class=\"qr-code\" ", StringComparison.Ordinal);
    }
}
