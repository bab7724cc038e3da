using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Marsad.Model;

namespace Marsad.Text;

/// <summary>Splits a normalised text into tokens that map back to the original text.</summary>
/// <remarks>
/// Rules, over <see cref="NormalizedText.Value"/>:
/// <list type="number">
/// <item>Whitespace separates tokens and is never part of one.</item>
/// <item>A run of letters is a <see cref="TokenKind.Word"/>: Arabic letters (ء–ي and the extended letters
///   such as پ چ ڤ گ), Latin and any other script, with the combining marks that follow a letter.</item>
/// <item>A run of digits is a <see cref="TokenKind.Number"/>; a "." or "," between two digits stays inside
///   it (3.5, 1,200). Letters and digits are separate tokens (F16 → F, 16).</item>
/// <item>Every punctuation character is a <see cref="TokenKind.Punctuation"/> token of its own.</item>
/// <item>Anything else is a <see cref="TokenKind.Symbol"/> token of one code point.</item>
/// <item>A token's <see cref="Token.Span"/> is <see cref="NormalizedText.ToOriginalSpan"/> of its normalised
///   range, so it keeps the diacritics and tatweel written on it.</item>
/// <item>A token never shares an original character with another: tokens that come from one original
///   character (the ligature ﷺ expands to four words) are merged into one, a word if any part is.</item>
/// </list>
/// </remarks>
public static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Value.AsSpan();
        // Tokens collect in segments, the first rented from the pool and sized for about one token in five
        // characters of news text, and are copied once into an array of the exact size.
        var tokens = new PooledTokens((value.Length / 4) + 16);
        try
        {
            var run = 0;
            var i = 0;
            while (i < value.Length)
            {
                if (Whitespace.Is(value[i]))
                {
                    i++;
                    continue;
                }

                var (kind, end) = Scan(value, i);
                Add(ref tokens, text, i, end, kind, ref run);
                i = end;
            }

            return tokens.ToImmutable();
        }
        finally
        {
            tokens.Return();
        }
    }

    private static (TokenKind Kind, int End) Scan(ReadOnlySpan<char> value, int start)
    {
        var category = CategoryAt(value, start, out var width);
        if (IsLetter(category))
        {
            var end = start + width;
            while (end < value.Length)
            {
                var next = CategoryAt(value, end, out width);
                if (!IsLetter(next) && !IsMark(next))
                {
                    break;
                }

                end += width;
            }

            return (TokenKind.Word, end);
        }

        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            var end = start + width;
            while (end < value.Length)
            {
                if (char.IsDigit(value[end]))
                {
                    end++;
                }
                else if (value[end] is '.' or ',' && end + 1 < value.Length && char.IsDigit(value[end + 1]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            return (TokenKind.Number, end);
        }

        var kind = IsPunctuation(category) ? TokenKind.Punctuation : TokenKind.Symbol;
        return (kind, start + width);
    }

    private static void Add(ref PooledTokens tokens, NormalizedText text, int start, int end, TokenKind kind, ref int run)
    {
        var span = text.ToOriginalSpan(start, end, ref run);
        if (tokens.Count > 0 && span.Start < tokens.Last.Span.End)
        {
            var previous = tokens.Last;
            var merged = previous.Kind == TokenKind.Word || kind == TokenKind.Word ? TokenKind.Word : previous.Kind;
            tokens.Last = new Token(
                new TextSpan(previous.Span.Start, Math.Max(previous.Span.End, span.End)), previous.NormStart, end, merged);
            return;
        }

        tokens.Add(new Token(span, start, end, kind));
    }

    /// <summary>
    /// A growable buffer of tokens in segments of at most <see cref="PooledArrays.MaxPooledLength"/>: a news
    /// article fills part of the first, which is pooled, and a very long text fills many and is copied once
    /// into its exact array, so it never holds a doubled buffer beside its tokens. The later segments are
    /// left to the collector: the pool keeps dozens of arrays of a size, which would be 80 MB of these.
    /// </summary>
    private struct PooledTokens(int capacity)
    {
        private const int SegmentLength = PooledArrays.MaxPooledLength;
        private Token[] _current = PooledArrays.Rent<Token>(Math.Min(capacity, SegmentLength));
        private int _inCurrent;
        private List<Token[]>? _full;

        public int Count { get; private set; }

        // Add fills a new segment with its token at once, so the last token is always in the current one.
        public readonly ref Token Last => ref _current[_inCurrent - 1];

        public void Add(Token token)
        {
            if (_inCurrent == _current.Length)
            {
                if (_current.Length < SegmentLength)
                {
                    var larger = PooledArrays.Rent<Token>(Math.Min(_current.Length * 2, SegmentLength));
                    _current.AsSpan(0, _inCurrent).CopyTo(larger);
                    PooledArrays.Return(_current);
                    _current = larger;
                }
                else
                {
                    (_full ??= []).Add(_current);
                    _current = new Token[SegmentLength];
                    _inCurrent = 0;
                }
            }

            _current[_inCurrent++] = token;
            Count++;
        }

        /// <summary>The tokens in one array of the exact length.</summary>
        public readonly ImmutableArray<Token> ToImmutable()
        {
            var all = new Token[Count];
            var at = 0;
            foreach (var segment in _full ?? [])
            {
                segment.CopyTo(all, at);
                at += segment.Length;
            }

            _current.AsSpan(0, _inCurrent).CopyTo(all.AsSpan(at));
            return ImmutableCollectionsMarshal.AsImmutableArray(all);
        }

        public readonly void Return() => PooledArrays.Return(_full is { Count: > 0 } full ? full[0] : _current);
    }

    /// <summary>The category of the code point at <paramref name="index"/>; a surrogate pair is read whole.</summary>
    private static UnicodeCategory CategoryAt(ReadOnlySpan<char> value, int index, out int width)
    {
        // Most characters of Arabic news are the Arabic letters ء…ي (all letters: Lo, and tatweel Lm);
        // answer those without decoding a rune.
        if (value[index] is >= '\u0620' and <= '\u064A')
        {
            width = 1;
            return UnicodeCategory.OtherLetter;
        }

        if (Rune.DecodeFromUtf16(value[index..], out var rune, out width) == OperationStatus.Done)
        {
            return Rune.GetUnicodeCategory(rune);
        }

        width = 1; // a lone surrogate
        return UnicodeCategory.Surrogate;
    }

    private static bool IsLetter(UnicodeCategory category) => category <= UnicodeCategory.OtherLetter;

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsPunctuation(UnicodeCategory category) =>
        category is >= UnicodeCategory.ConnectorPunctuation and <= UnicodeCategory.OtherPunctuation;
}
