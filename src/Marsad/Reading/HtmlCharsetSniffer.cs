using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Reading;

/// <summary>
/// Reads the charset an HTML page declares (<c>&lt;meta charset&gt;</c> or the http-equiv content type)
/// from its first bytes, before decoding: the declaration is ASCII in every encoding that can carry it.
/// </summary>
internal static partial class HtmlCharsetSniffer
{
    private const int PrescanBytes = 4096;

    /// <summary>The declared charset name as written, or null if the start declares none.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();
}
