using System.Collections.Frozen;
using System.Text;

namespace Marsad.Text;

/// <summary>
/// The one normaliser Marsad matches with. A pure function from original characters to matching
/// characters that records, for every character it writes, the index of the original character it
/// came from, so that every match maps back to the original text.
/// </summary>
/// <remarks>
/// Rules, applied in one left-to-right pass:
/// <list type="number">
/// <item>Hamzated alef and alef wasla (أ إ آ ٱ) become bare alef (ا).</item>
/// <item>Alef maksura (ى) becomes yeh (ي); Farsi yeh (ی) too.</item>
/// <item>Teh marbuta (ة) becomes heh (ه).</item>
/// <item>Tatweel (ـ) is removed.</item>
/// <item>Diacritics are removed: tanwin, harakat, shadda, sukun and the other marks U+064B–U+065F,
///   superscript alef U+0670 and the Quranic marks U+06D6–U+06ED. A combining hamza (U+0654, U+0655)
///   is folded into the letter before it: after alef it disappears (rule 1), after waw it gives ؤ,
///   after yeh it gives ئ, elsewhere it is removed.</item>
/// <item>Arabic-Indic (٠–٩) and Extended Arabic-Indic / Persian (۰–۹) digits become ASCII digits;
///   the Arabic decimal separator (٫) becomes '.', the thousands separator (٬) ',' and the Arabic
///   percent sign (٪) '%'.</item>
/// <item>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) are replaced by their compatibility
///   decomposition (ﻻ → لا, ﷲ → الله), to which the other rules then apply.</item>
/// <item>Zero-width and bidirectional controls are removed: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM,
///   LRE…RLO (U+202A–U+202E), LRI…PDI (U+2066–U+2069), the byte-order mark and the soft hyphen.</item>
/// <item>Keheh (ک) becomes kaf (ك).</item>
/// <item>Letters outside Arabic are lower-cased (invariant culture), so NATO and Nato match.</item>
/// </list>
/// Normalising twice gives the same text as normalising once. The map is non-decreasing: the
/// characters a presentation form expands to all map to that form's index.
/// </remarks>
public static class ArabicNormalizer
{
    private const char Alef = '\u0627';
    private const char Waw = '\u0648';
    private const char Yeh = '\u064A';
    private const char WawHamza = '\u0624';
    private const char YehHamza = '\u0626';

    private static readonly FrozenDictionary<char, string> PresentationForms = BuildPresentationForms();

    // What each UTF-16 unit folds to, for the units that need nothing but a fold (most of any text); the
    // others (presentation forms, removed characters, combining hamza, and U+FFFF itself) hold NeedsRules
    // and go through the rules one by one. 128 KB, built once.
    private const char NeedsRules = '\uFFFF';
    private static readonly char[] Folded = BuildFoldTable();

    /// <summary>The most characters one source character can become (ﷺ expands to 18).</summary>
    public static int MaxExpansion { get; } = Math.Max(1, PresentationForms.Values.Max(static v => v.Length));

    /// <summary>
    /// Normalises <paramref name="source"/> into <paramref name="destination"/>, writing for each written
    /// character the index in <paramref name="source"/> it came from into <paramref name="map"/>.
    /// Both spans must hold at least <c>source.Length * MaxExpansion</c> items.
    /// </summary>
    /// <returns>The number of characters written.</returns>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination, Span<int> map)
    {
        var written = 0;
        var folded = Folded;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var f = folded[c];
            if (f != NeedsRules)
            {
                destination[written] = f;
                map[written] = i;
                written++;
            }
            else if (c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE'
                && PresentationForms.TryGetValue(c, out var expansion))
            {
                foreach (var e in expansion)
                {
                    written = Apply(e, i, destination, map, written);
                }
            }
            else
            {
                written = Apply(c, i, destination, map, written);
            }
        }

        return written;
    }

    /// <summary>Normalises a whole string, for keys such as knowledge-base names and rule phrases.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > ShortText)
        {
            return NormalizedText.Create(text).Value;
        }

        // A name or a phrase (the recognisers key every unknown entity by one): normalised in buffers from
        // the pool, without the offset map NormalizedText builds; the same characters, since
        // NormalizedText runs this same pass chunk by chunk.
        var size = Math.Max(1, text.Length * MaxExpansion);
        var destination = System.Buffers.ArrayPool<char>.Shared.Rent(size);
        var map = System.Buffers.ArrayPool<int>.Shared.Rent(size);
        try
        {
            var written = Normalize(text, destination, map);
            var result = destination.AsSpan(0, written);
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(destination);
            System.Buffers.ArrayPool<int>.Shared.Return(map);
        }
    }

    // The longest text normalised without NormalizedText's chunking (its chunks are 16 K characters).
    private const int ShortText = 1024;

    /// <summary>
    /// True when the character writes nothing by itself: removed by rules 4, 5 or 8, or a combining hamza
    /// (which only changes the letter written before it).
    /// </summary>
    public static bool IsIgnorable(char c) => IsDiacritic(c) || IsInvisibleControl(c) || c == '\u0640';

    /// <summary>Whether a character can only be normalised together with the one before it.</summary>
    internal static bool CombinesWithPrevious(char c) => c is '\u0654' or '\u0655';

    private static int Apply(char c, int origin, Span<char> destination, Span<int> map, int written)
    {
        if (CombinesWithPrevious(c))
        {
            if (written > 0)
            {
                var previous = destination[written - 1];
                if (previous == Waw)
                {
                    destination[written - 1] = WawHamza;
                }
                else if (previous == Yeh)
                {
                    destination[written - 1] = YehHamza;
                }
            }

            return written;
        }

        if (IsIgnorable(c))
        {
            return written;
        }

        destination[written] = Fold(c);
        map[written] = origin;
        return written + 1;
    }

    private static char Fold(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => Alef,
        '\u0649' or '\u06CC' => Yeh,
        '\u0629' => '\u0647',
        '\u06A9' => '\u0643',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        '\u066B' => '.',
        '\u066C' => ',',
        '\u066A' => '%',
        >= 'A' and <= 'Z' => (char)(c + 32),
        < '\u0080' => c,
        >= '\u0600' and <= '\u06FF' => c,
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsDiacritic(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED' and not '\u06E5' and not '\u06E6';

    private static bool IsInvisibleControl(char c) =>
        c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
            or '\u061C' or '\uFEFF' or '\u00AD' or '\u2060';

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var special = ch == NeedsRules || PresentationForms.ContainsKey(ch) || CombinesWithPrevious(ch) || IsIgnorable(ch);
            table[c] = special ? NeedsRules : Fold(ch);
        }

        return table;
    }

    private static FrozenDictionary<char, string> BuildPresentationForms()
    {
        var forms = new Dictionary<char, string>();
        for (var c = '\uFB50'; c <= '\uFEFE'; c++)
        {
            if (c is > '\uFDFF' and < '\uFE70')
            {
                continue;
            }

            var s = c.ToString();
            var decomposed = s.Normalize(NormalizationForm.FormKC);
            if (!string.Equals(decomposed, s, StringComparison.Ordinal))
            {
                forms[c] = decomposed;
            }
        }

        return forms.ToFrozenDictionary();
    }
}
