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

        // A file cut off inside its last character (a truncated download) is still UTF-8: the bytes up to
        // the cut are valid and the cut ones begin a sequence. The lost character becomes U+FFFD rather
        // than the whole text being read as a single-byte code page.
        if (TruncatedUtf8Tail(bytes) is > 0 and var cut && Utf8.IsValid(bytes[..^cut]))
        {
            return DecodeResult.Success(StrictEncodings.Utf8.GetString(bytes[..^cut]) + "\uFFFD", "utf-8");
        }

        return Declared(bytes) ?? SingleByteArabic.Decode(bytes);
    }

    /// <summary>
    /// The page decoded as its declared charset. A UTF-16/32 declaration in a page without NUL bytes is
    /// impossible (HTML treats it as UTF-8), and a UTF-8 declaration the bytes contradict is ignored:
    /// content detection then decides. A Latin-1 family declaration (the usual default of misconfigured
    /// Arabic sites) is kept only if it reads more plausibly than single-byte Arabic.
    /// </summary>
    /// <summary>
    /// How many bytes at the end start a UTF-8 sequence that the end cuts short (a lead byte followed by
    /// fewer continuation bytes than it announces), or 0.
    /// </summary>
    private static int TruncatedUtf8Tail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: the lead is further back
            }

            var needed = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            return needed > back ? back : 0;
        }

        return 0;
    }

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
