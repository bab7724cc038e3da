using System.Text;

namespace Marsad.Reading;

/// <summary>
/// Encodings that throw on invalid bytes instead of inventing replacement characters, so that a
/// wrong guess is noticed; and the single-byte Arabic code pages, registered once.
/// </summary>
internal static class StrictEncodings
{
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Utf16LittleEndian { get; } = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    public static Encoding Utf16BigEndian { get; } = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static Encoding Utf32LittleEndian { get; } = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);

    public static Encoding Utf32BigEndian { get; } = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    public static Encoding Windows1256 { get; } = CodePage(1256);

    public static Encoding Iso88596 { get; } = CodePage(28596);

    /// <summary>An encoding by a declared name (HTML charset), or null if .NET does not know it.</summary>
    public static Encoding? ByName(string name)
    {
        RegisterCodePages();
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: .NET knows UTF-7 but refuses it (HTML forbids it too); an unknown charset either way.
            return null;
        }
    }

    private static Encoding CodePage(int codePage)
    {
        RegisterCodePages();
        return Encoding.GetEncoding(codePage);
    }

    /// <summary>Windows-1256 and ISO-8859-6 live in the code-pages provider, not in the core set; registering twice is harmless.</summary>
    private static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
