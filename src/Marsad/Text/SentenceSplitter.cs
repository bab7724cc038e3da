using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Text;

/// <summary>Splits clean text into sentences, as trimmed spans of the original text.</summary>
/// <remarks>
/// Rules:
/// <list type="number">
/// <item>A sentence ends after . ! ? ؟ ؛ … or a run of two or more dots (...), together with the
///   terminators and closing quotes or brackets (» ” “ " ' ’ ‘ › ) ]) right after it: «انتهى؟!» is one end.</item>
/// <item>A line break ends a sentence, so a paragraph break (blank line) does too.</item>
/// <item>The commas ، and , never end a sentence.</item>
/// <item>A single "." followed by anything but whitespace, a terminator or a closer is inside a token
///   and is not an end: 3.5, 2025.11, example.com, U.S, د.أحمد.</item>
/// <item>A single "." after an abbreviation is not an end: a one-letter Arabic abbreviation from the
///   list below (د. م. أ. ص. هـ.) or a single Latin capital, an initial (U.S. John F. Kennedy).</item>
/// <item>Spans are trimmed of whitespace, non-empty, increasing and non-overlapping, and together cover
///   every non-whitespace character.</item>
/// <item>No sentence is longer than <see cref="MaxSentenceLength"/>: a longer run is broken at its last
///   whitespace before the limit, else hard at the limit, never inside a surrogate pair.</item>
/// </list>
/// One left-to-right pass in linear time that allocates only the result, so a 50 MB single-line input
/// stays tractable.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>The longest sentence, in UTF-16 characters, the splitter returns.</summary>
    public const int MaxSentenceLength = 2000;

    // One-letter abbreviations written with a dot in Arabic news. A small closed list, so it lives in code
    // (data/rules is the rule engine's); compared after tatweel and diacritics are dropped (هـ. → ه).
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.Ordinal,
        "د", // دكتور
        "م", // ميلادي، متر، مهندس
        "أ", // أستاذ
        "ا", // أستاذ, written without hamza
        "ص", // صفحة، صباحا، صندوق (ص.ب)
        "ق", // قبل (ق.م)
        "ه", // هجري (هـ)
        "ج", // جزء، جنيه
        "ع", // عدد
        "ط", // طبعة
        "ت", // توفي، تلفون
        "س", // سنة، ساعة
        "ش"); // شارع

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Longest abbreviation in the list; the word before a dot is only collected up to this length.
    private const int MaxAbbreviationLength = 1;

    public static ImmutableArray<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        var start = -1; // first character of the current sentence; -1 between sentences
        var lastSpace = -1; // last whitespace inside the current sentence; -1 when none
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsLineBreak(c))
            {
                if (start >= 0)
                {
                    Add(sentences, text, start, i);
                    start = -1;
                }

                i++;
                continue;
            }

            if (Whitespace.Is(c))
            {
                lastSpace = i;
                i++;
                continue;
            }

            if (start < 0)
            {
                start = i;
                lastSpace = -1;
            }
            else if (i - start >= MaxSentenceLength)
            {
                // Every earlier non-whitespace character is within the limit, so cutting before i suffices.
                start = BreakLongSentence(sentences, text, start, lastSpace, i);
                lastSpace = -1;
            }

            if (IsTerminator(c) && EndsSentence(text, i, start))
            {
                var end = i + 1;
                while (end < text.Length && end - start < MaxSentenceLength && (IsTerminator(text[end]) || IsCloser(text[end])))
                {
                    end++;
                }

                Add(sentences, text, start, end);
                start = -1;
                i = end;
                continue;
            }

            i++;
        }

        if (start >= 0)
        {
            Add(sentences, text, start, text.Length);
        }

        return sentences.ToImmutable();
    }

    /// <summary>Ends the over-long sentence before <paramref name="limit"/> and returns where the next one starts.</summary>
    private static int BreakLongSentence(ImmutableArray<TextSpan>.Builder sentences, string text, int start, int lastSpace, int limit)
    {
        if (lastSpace > start)
        {
            // Everything between lastSpace and limit is non-whitespace, so the next sentence starts right after it.
            Add(sentences, text, start, lastSpace);
            return lastSpace + 1;
        }

        var cut = limit;
        if (char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        Add(sentences, text, start, cut);
        return cut;
    }

    private static bool EndsSentence(string text, int i, int start)
    {
        if (text[i] != '.')
        {
            return true;
        }

        if (i + 1 == text.Length)
        {
            return true;
        }

        var next = text[i + 1];
        if (next == '.')
        {
            return true; // an ellipsis written as dots
        }

        if (!char.IsWhiteSpace(next) && !IsTerminator(next) && !IsCloser(next))
        {
            return false; // inside a token: 3.5, example.com, U.S
        }

        return !IsAbbreviationBefore(text, i, start);
    }

    private static bool IsAbbreviationBefore(string text, int dot, int start)
    {
        // Collect the word before the dot right to left, skipping tatweel and diacritics (هـ. دُ.).
        Span<char> word = stackalloc char[MaxAbbreviationLength];
        var length = 0;
        for (var j = dot - 1; j >= start; j--)
        {
            var c = text[j];
            if (ArabicNormalizer.IsIgnorable(c))
            {
                continue;
            }

            if (!char.IsLetter(c))
            {
                break;
            }

            if (length == word.Length)
            {
                return false; // longer than any abbreviation
            }

            word[length++] = c;
        }

        if (length == 0)
        {
            return false;
        }

        word = word[..length];
        word.Reverse();
        return (length == 1 && char.IsAsciiLetterUpper(word[0])) || AbbreviationLookup.Contains(word);
    }

    private static void Add(ImmutableArray<TextSpan>.Builder sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u061F' or '\u061B' or '\u2026';

    // “ and ‘ close quotations in Arabic pages that mirror the Latin pair (”رمزية؟“).
    private static bool IsCloser(char c) => c is '»' or '”' or '“' or '"' or '\'' or '’' or '‘' or '›' or ')' or ']';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';
}
