using CsCheck;

namespace Marsad.Tests.Text;

/// <summary>Random texts for the invariant tests, drawn from what real Arabic pages contain and what breaks code.</summary>
internal static class RandomText
{
    private static readonly string[] Pieces = BuildPieces();

    /// <summary>Strings of 0 to 80 pieces: letters, marks, presentation forms, controls, digits, spaces, surrogates.</summary>
    public static Gen<string> Mixed { get; } = Gen.OneOf(Pieces).Array[0, 80].Select(string.Concat);

    /// <summary>Deterministic long text of about <paramref name="length"/> characters from the same pieces.</summary>
    public static string Long(int seed, int length)
    {
        var random = new Random(seed);
        var builder = new System.Text.StringBuilder(length + 32);
        while (builder.Length < length)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string[] BuildPieces()
    {
        var pieces = new List<string>();
        for (var c = '\u0621'; c <= '\u064A'; c++)
        {
            pieces.Add(c.ToString()); // ء … ي, with hamzated letters, ة and ى
        }

        pieces.AddRange(["پ", "چ", "ڤ", "گ", "ک", "ی", "ٱ", "ـ"]);
        for (var c = '\u064B'; c <= '\u065F'; c++)
        {
            pieces.Add(c.ToString()); // harakat, shadda, sukun, combining hamza above and below
        }

        pieces.AddRange(["\u0670", "\u06D6", "\u06E5", "\u06ED", "\u0654", "\u0654", "\u0655"]);
        pieces.AddRange(["ﻻ", "ﻷ", "ﷲ", "ﷺ", "ﹰ", "ﱞ", "ﺃ", "ﻭ", "ﯾ", "ﮐ"]);
        pieces.AddRange(["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\u202B", "\u202C", "\u2066", "\u2069", "\uFEFF", "\u00AD"]);
        pieces.AddRange(["٠", "٣", "٩", "۰", "۴", "0", "5", "9", "٫", "٬", "٪", "%"]);
        pieces.AddRange(["A", "N", "Z", "a", "q", "İ", "ß", "É", "Ω"]);
        pieces.AddRange([" ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00A0", "\u2028"]);
        pieces.AddRange([".", ".", "...", "…", "!", "?", "؟", "؛", "،", ",", "«", "»", "\"", "'", "(", ")", "[", "]", "”", "-", "$", "+"]);
        pieces.AddRange(["😀", "𝐀", "𐐀", "\uD800", "\uDC00"]);
        pieces.AddRange(["أحمد", "مُحَمَّدٌ", "والفلسطينيون", "بالإمارات", "د.", "U.S.", "3.5", "example.com"]);
        return [.. pieces];
    }
}
