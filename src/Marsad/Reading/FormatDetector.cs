using System.Text.Json;
using System.Text.RegularExpressions;

namespace Marsad.Reading;

/// <summary>
/// Decides the format by content first and by extension second: a page that starts like HTML is
/// HTML whatever its name, and a .html file without tags is plain text.
/// </summary>
internal static partial class FormatDetector
{
    /// <summary>How far into the input the HTML start may be found (after comments and whitespace).</summary>
    private const int HtmlStartWindow = 2048;

    /// <summary>A JSON line longer than this is not parsed just to detect the format.</summary>
    private const int MaxProbeLine = 1 << 20;

    public static InputFormat Detect(string source, string text)
    {
        var extension = Path.GetExtension(source.AsSpan());
        if (StartsLikeHtml(text))
        {
            return InputFormat.Html;
        }

        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)
            || FirstLineIsArticleJson(text))
        {
            return InputFormat.JsonLines;
        }

        if ((extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
            && AnyTag().IsMatch(text.AsSpan(0, Math.Min(text.Length, HtmlStartWindow * 8))))
        {
            return InputFormat.Html;
        }

        return InputFormat.Text;
    }

    private static bool StartsLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, HtmlStartWindow));
        return HtmlStart().IsMatch(head);
    }

    private static bool FirstLineIsArticleJson(string text)
    {
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] != '{' || line.Length > MaxProbeLine)
            {
                return false;
            }

            try
            {
                using var document = JsonDocument.Parse(line.ToString());
                return document.RootElement.ValueKind == JsonValueKind.Object && JsonArticleFields.TextField(document.RootElement) is not null;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Optional comments and whitespace, then a doctype, html, head or body tag.</summary>
    [GeneratedRegex(@"\A\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<(/?[a-z][a-z0-9]*)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
