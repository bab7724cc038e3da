using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>The tokens of one text with what the time rules ask of them; out-of-range indices read as nothing.</summary>
internal sealed class TokenView(TextAnalysis text)
{
    private readonly ImmutableArray<Token> _tokens = text.Tokens;
    private readonly string _normalized = text.Normalized.Value;

    public TextAnalysis Analysis { get; } = text;

    public int Count => _tokens.Length;

    public ImmutableArray<Token> Tokens => _tokens;

    public Token this[int index] => _tokens[index];

    /// <summary>The normalised characters of token <paramref name="index"/>, or empty past the end.</summary>
    public ReadOnlySpan<char> Norm(int index) =>
        (uint)index < (uint)_tokens.Length ? _normalized.AsSpan(_tokens[index].NormStart, _tokens[index].NormEnd - _tokens[index].NormStart) : [];

    /// <summary>The normalised word at <paramref name="index"/>, or empty when it is not a word.</summary>
    public ReadOnlySpan<char> Word(int index) => IsKind(index, TokenKind.Word) ? Norm(index) : [];

    public bool IsKind(int index, TokenKind kind) => (uint)index < (uint)_tokens.Length && _tokens[index].Kind == kind;

    /// <summary>Whether token <paramref name="index"/> is exactly <paramref name="text"/> (normalised).</summary>
    public bool Is(int index, string text) => Norm(index).SequenceEqual(text);

    /// <summary>Whether the tokens from <paramref name="index"/> are exactly <paramref name="words"/>.</summary>
    public bool WordsEqual(int index, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!Word(index + k).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The integer value of a plain run of digits at <paramref name="index"/> (no separators), and its length.</summary>
    public bool TryInteger(int index, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        if (!IsKind(index, TokenKind.Number))
        {
            return false;
        }

        var text = Norm(index);
        if (text.Length > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        digits = text.Length;
        return true;
    }

    /// <summary>The span of the clean text from token <paramref name="start"/> to the end of token <paramref name="end"/> - 1.</summary>
    public TextSpan Span(int start, int end) => new(_tokens[start].Span.Start, _tokens[end - 1].Span.End);

    /// <summary>The index of the first token of the sentence holding token <paramref name="index"/>.</summary>
    public int SentenceStart(int index)
    {
        var sentence = Analysis.SentenceIndexAt(_tokens[index].Span.Start);
        var start = sentence < 0 ? 0 : Analysis.Sentences[sentence].Start;
        var i = index;
        while (i > 0 && _tokens[i - 1].Span.Start >= start)
        {
            i--;
        }

        return i;
    }
}
