using Marsad.Model;

namespace Marsad.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (Arabic, Latin or any other script), with any combining marks.</summary>
    Word,

    /// <summary>Digits, with a "." or "," between two digits kept inside (3.5, 1,200, 2025.11).</summary>
    Number,

    /// <summary>One punctuation character (، ؟ « » . %).</summary>
    Punctuation,

    /// <summary>Anything else that is not whitespace: one symbol or other character ($ + emoji).</summary>
    Symbol,
}

/// <summary>
/// A token: <see cref="Span"/> indexes the original text, [<see cref="NormStart"/>, <see cref="NormEnd"/>)
/// the normalised text. A struct, so a token list is one array and the hot path allocates no strings.
/// </summary>
public readonly record struct Token(TextSpan Span, int NormStart, int NormEnd, TokenKind Kind)
{
    /// <summary>The token's normalised characters, a view into <see cref="NormalizedText.Value"/>.</summary>
    public ReadOnlySpan<char> NormalizedIn(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Value.AsSpan(NormStart, NormEnd - NormStart);
    }
}
