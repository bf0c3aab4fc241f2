using QRCoder;

namespace CareerCluster.Web.Sharing;

/// <summary>Inline SVG QR codes, so a printed handout or a projected shortlist opens on a phone.</summary>
public sealed class QrCodes
{
    public string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        // Decorative to assistive technology: the URL is printed beside it as text.
        return svg[start..].Replace("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" class=\"qr-code\" ", StringComparison.Ordinal);
    }
}
