using System.Text;
using System.Text.Unicode;

namespace Marsad.Reading;

/// <summary>
/// Decodes an input's bytes by their content: a BOM if there is one; UTF-16 recognised from its byte
/// pattern; a charset the HTML declares; strict UTF-8 if the bytes are valid UTF-8; otherwise the more
/// plausible of Windows-1256 and ISO-8859-6. Binary content is refused.
/// </summary>
internal static class TextDecoder
{
    /// <summary>A larger share of control bytes than this is not text.</summary>
    private const double MaxControlShare = 0.05;

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodeResult.Success(string.Empty, "utf-8");
        }

        if (ByteOrderMark.TryDetect(bytes, out var bomEncoding, out var bomName, out var bomLength))
        {
            return Strict(bytes[bomLength..], bomEncoding, bomName);
        }

        if (bytes.Contains((byte)0))
        {
            return Utf16Sniffer.TryDetect(bytes, out var bigEndian)
                ? bigEndian
                    ? Strict(bytes, StrictEncodings.Utf16BigEndian, "utf-16be")
                    : Strict(bytes, StrictEncodings.Utf16LittleEndian, "utf-16le")
                : DecodeResult.Failure("binary content: NUL bytes, and the bytes are not UTF-16 text");
        }

        var controls = CountControlBytes(bytes);
        if (controls > bytes.Length * MaxControlShare)
        {
            return DecodeResult.Failure(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"binary content: {controls} of {bytes.Length} bytes are control characters"));
        }

        // Valid UTF-8 wins even over a declared charset: single-byte Arabic text is practically never
        // valid UTF-8, while pages that declare a legacy charset but are served as UTF-8 are common.
        if (Utf8.IsValid(bytes))
        {
            return DecodeResult.Success(StrictEncodings.Utf8.GetString(bytes), "utf-8");
        }

        return Declared(bytes) ?? SingleByteArabic.Decode(bytes);
    }

    /// <summary>
    /// The page decoded as its declared charset. A UTF-16/32 declaration in a page without NUL bytes is
    /// impossible (HTML treats it as UTF-8), and a UTF-8 declaration the bytes contradict is ignored:
    /// content detection then decides. A Latin-1 family declaration (the usual default of misconfigured
    /// Arabic sites) is kept only if it reads more plausibly than single-byte Arabic.
    /// </summary>
    private static DecodeResult? Declared(ReadOnlySpan<byte> bytes)
    {
        var name = HtmlCharsetSniffer.Sniff(bytes);
        var encoding = name is null ? null : StrictEncodings.ByName(name);
        if (encoding is null || encoding is UnicodeEncoding or UTF32Encoding or UTF8Encoding)
        {
            return null;
        }

        var text = encoding.GetString(bytes);
        if (encoding.CodePage is 1252 or 28591 or 20127)
        {
            var arabic = SingleByteArabic.Decode(bytes);
            if (SingleByteArabic.Plausibility(arabic.Text) > SingleByteArabic.Plausibility(text))
            {
                return arabic;
            }
        }

        return DecodeResult.Success(text, encoding.WebName);
    }

    private static DecodeResult Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return DecodeResult.Success(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException e)
        {
            return DecodeResult.Failure($"invalid {name} content: {e.Message}");
        }
    }

    private static int CountControlBytes(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if (b is < 0x20 and not (0x09 or 0x0A or 0x0C or 0x0D) or 0x7F)
            {
                count++;
            }
        }

        return count;
    }
}
