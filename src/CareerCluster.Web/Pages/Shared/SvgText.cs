using System.Globalization;

namespace CareerCluster.Web.Pages.Shared;

/// <summary>
/// Helpers for the server-rendered SVG charts. SVG text does not wrap, so labels are broken into
/// lines here, by a conservative estimate of the width of a character (system fonts differ).
/// </summary>
public static class SvgText
{
    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="maxChars"/> characters at spaces (a longer word keeps its own line).</summary>
    public static IReadOnlyList<string> Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length == 0)
            {
                line = word;
            }
            else if (line.Length + 1 + word.Length <= maxChars)
            {
                line += " " + word;
            }
            else
            {
                lines.Add(line);
                line = word;
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>A coordinate as SVG wants it: invariant culture, at most one decimal.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
