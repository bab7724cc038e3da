using System.Text;

namespace Marsad.Reading;

/// <summary>
/// Chooses between the two single-byte Arabic code pages by decoding with both and keeping the more
/// plausible text. The article ال is C7 E1 in Windows-1256 but C7 E4 in ISO-8859-6, and bytes that are
/// Arabic letters in one are accented Latin letters or undefined in the other.
/// </summary>
internal static class SingleByteArabic
{
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        var windows = StrictEncodings.Windows1256.GetString(bytes);
        var iso = StrictEncodings.Iso88596.GetString(bytes);

        // Ties go to Windows-1256, by far the more common on the web.
        return Plausibility(iso) > Plausibility(windows)
            ? DecodeResult.Success(iso, StrictEncodings.Iso88596.WebName)
            : DecodeResult.Success(windows, StrictEncodings.Windows1256.WebName);
    }

    /// <summary>
    /// Arabic letters and the article ال at the start of a word count for a reading; mojibake counts
    /// against it. Only a word-initial ال counts: inside a word the same two letters are as likely a
    /// misreading (كازاخستان read as ISO-8859-6 ends in …ستال).
    /// </summary>
    internal static long Plausibility(string text)
    {
        long score = 0;
        var previous = '\0';
        var beforePrevious = '\0';
        foreach (var c in text)
        {
            if (c is >= '\u0621' and <= '\u064A')
            {
                score += 1;
                if (previous == '\u0627' && c == '\u0644' && !IsArabicLetter(beforePrevious))
                {
                    score += 3;
                }
            }
            else if (IsMojibake(c))
            {
                score -= 5;
            }

            beforePrevious = previous;
            previous = c;
        }

        return score;
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    private static bool IsMojibake(char c) =>
        c is >= '\u00C0' and <= '\u00FF' or >= '\u0080' and <= '\u009F' or '\uFFFD'
        || char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.PrivateUse;
}
