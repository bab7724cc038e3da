using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Text;

/// <summary>
/// One clean text with what the recognisers read from it: its sentences, its normalised form with the map
/// back to the original, and its tokens. Immutable once built and safe to share between threads.
/// </summary>
/// <remarks>
/// Sentences are split eagerly (every consumer needs them and the splitter is one cheap pass). The normalised
/// text and the tokens are built on first use, once, even when several threads ask at the same time.
/// </remarks>
public sealed class TextAnalysis
{
    private readonly Lazy<NormalizedText> _normalized;
    private readonly Lazy<ImmutableArray<Token>> _tokens;

    private TextAnalysis(string text)
    {
        Text = text;
        Sentences = SentenceSplitter.Split(text);
        _normalized = new Lazy<NormalizedText>(() => NormalizedText.Create(text), LazyThreadSafetyMode.ExecutionAndPublication);
        _tokens = new Lazy<ImmutableArray<Token>>(() => Tokenizer.Tokenize(_normalized.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The clean text, as given.</summary>
    public string Text { get; }

    /// <summary>The text normalised for matching, with the map back to <see cref="Text"/>.</summary>
    public NormalizedText Normalized => _normalized.Value;

    /// <summary>The sentences of <see cref="Text"/>, in order.</summary>
    public ImmutableArray<TextSpan> Sentences { get; }

    /// <summary>The tokens of <see cref="Normalized"/>, their spans indexing <see cref="Text"/>.</summary>
    public ImmutableArray<Token> Tokens => _tokens.Value;

    public static TextAnalysis Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TextAnalysis(text);
    }

    /// <summary>
    /// The index of the sentence that contains <paramref name="offset"/> (an index into <see cref="Text"/>),
    /// or -1 when it falls between sentences or outside the text.
    /// </summary>
    public int SentenceIndexAt(int offset)
    {
        var sentences = Sentences.AsSpan();
        int low = 0, high = sentences.Length - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (offset < sentences[mid].Start)
            {
                high = mid - 1;
            }
            else if (offset >= sentences[mid].End)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
