using System.Text;

namespace Marsad.Reading;

/// <summary>Recognises a byte-order mark and the encoding it announces.</summary>
internal static class ByteOrderMark
{
    /// <summary>The encoding a BOM at the start of <paramref name="bytes"/> announces, its name and the BOM length; false if none.</summary>
    public static bool TryDetect(ReadOnlySpan<byte> bytes, out Encoding encoding, out string name, out int length)
    {
        // UTF-32 LE before UTF-16 LE: its BOM begins with the UTF-16 LE one.
        (encoding, name, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictEncodings.Utf8, "utf-8", 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (StrictEncodings.Utf32LittleEndian, "utf-32le", 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (StrictEncodings.Utf32BigEndian, "utf-32be", 4),
            [0xFF, 0xFE, ..] => (StrictEncodings.Utf16LittleEndian, "utf-16le", 2),
            [0xFE, 0xFF, ..] => (StrictEncodings.Utf16BigEndian, "utf-16be", 2),
            _ => (StrictEncodings.Utf8, string.Empty, 0),
        };
        return length > 0;
    }
}
