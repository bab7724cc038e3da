using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.Intrinsics;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// A chunk the tagger found: tokens [First, End) of a text, of one type. <see cref="Margin"/> is how much
/// the best tagging of its sentence scores above the best one that leaves the chunk's tokens outside every
/// name: worked out only for the types the model gives a margin (<see cref="NerModel.MarginOf"/>);
/// otherwise infinity.
/// </summary>
public readonly record struct TaggedSpan(int First, int End, NerType Type, float Margin = float.PositiveInfinity);

/// <summary>
/// Tags the tokens of a text with a trained <see cref="NerModel"/>: features per token
/// (<see cref="NerFeatures"/>, reading the rules' decision as one of them), scored by the model and
/// decoded sentence by sentence under the BIO constraint. Thread-safe; buffers are rented per call.
/// </summary>
public sealed class NerTagger
{
    private const float OutsideOnly = -1e6f;

    private readonly NerModel _model;
    private readonly NerFeatures _features;

    /// <summary>The model the tagger reads.</summary>
    public NerModel Model => _model;

    public NerTagger(NerModel model, EntityGazetteer gazetteer)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _features = new NerFeatures(gazetteer, model.Groups, model.Clusters);
    }

    /// <summary>The chunks of <paramref name="text"/>, in text order; <paramref name="rules"/> is what the rule-based recogniser found.</summary>
    public ImmutableArray<TaggedSpan> Tag(TextAnalysis text, ImmutableArray<EntityRecord> rules) => Tag(text, rules, null);

    /// <summary>As <see cref="Tag(TextAnalysis, ImmutableArray{EntityRecord})"/>, with the lexicon facts the rules found on their pass (<see cref="NerFeatures.Prepare"/>).</summary>
    public ImmutableArray<TaggedSpan> Tag(TextAnalysis text, ImmutableArray<EntityRecord> rules, int[]? lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var prepared = _features.Prepare(text, rules, lexicon);
        using var words = new WordSums(prepared, WordSumCache.For(this));
        var tokens = prepared.Tokens;
        var spans = ImmutableArray.CreateBuilder<TaggedSpan>();
        Span<uint> features = stackalloc uint[NerFeatures.MaxPerToken];
        foreach (var (first, end) in SentenceTokens.Of(text))
        {
            if (end > first)
            {
                Decode(prepared, words, first, end, features, spans);
            }
        }

        return spans.ToImmutable();
    }

    private void Decode(PreparedText prepared, WordSums words, int first, int end, Span<uint> features, ImmutableArray<TaggedSpan>.Builder spans)
    {
        var n = end - first;
        var emissions = ArrayPool<float>.Shared.Rent(n * NerTags.Stride);
        var tags = ArrayPool<int>.Shared.Rent(n);
        var back = ArrayPool<byte>.Shared.Rent(n * NerTags.Count);
        try
        {
            for (var t = 0; t < n; t++)
            {
                var row = emissions.AsSpan(t * NerTags.Stride, NerTags.Stride);
                if (prepared.Tokens[first + t].Kind is TokenKind.Punctuation or TokenKind.Symbol)
                {
                    // Punctuation is outside every name in the training corpora but for a rare hyphen: it is
                    // given O without reading its features (a tenth of the tokens, not worth their table reads).
                    row.Fill(OutsideOnly);
                    row[NerTags.O] = 0;
                    continue;
                }

                var count = _features.ExtractContext(prepared, first + t, features);
                _model.Scores(words.Of(first + t, _features, _model, features[count..]) + _model.Sum(features[..count]), row);
            }

            var best = Viterbi.Decode(emissions.AsSpan(0, n * NerTags.Stride), _model.Transitions, tags.AsSpan(0, n), back);
            var from = spans.Count;
            Chunks(tags.AsSpan(0, n), first, spans);
            for (var k = from; k < spans.Count && _model.HasMargins; k++)
            {
                if (_model.MarginOf(spans[k].Type) > float.NegativeInfinity)
                {
                    spans[k] = spans[k] with { Margin = best - Without(emissions.AsSpan(0, n * NerTags.Stride), spans[k].First - first, spans[k].End - first, tags.AsSpan(0, n), back) };
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<int>.Shared.Return(tags);
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    /// <summary>
    /// The best score of the sentence with tokens [from, to) held outside every name: their other tags are
    /// forbidden for one more decoding, then given back. An organisation chunk is rarer than a token
    /// (about one in a hundred), so the second decoding costs little. <paramref name="tags"/> is overwritten.
    /// </summary>
    private float Without(Span<float> emissions, int from, int to, Span<int> tags, Span<byte> back)
    {
        var kept = ArrayPool<float>.Shared.Rent((to - from) * NerTags.Stride);
        try
        {
            for (var t = from; t < to; t++)
            {
                var row = emissions.Slice(t * NerTags.Stride, NerTags.Stride);
                row.CopyTo(kept.AsSpan((t - from) * NerTags.Stride, NerTags.Stride));
                var outside = row[NerTags.O];
                row.Fill(OutsideOnly);
                row[NerTags.O] = outside;
            }

            return Viterbi.Decode(emissions, _model.Transitions, tags, back);
        }
        finally
        {
            for (var t = from; t < to; t++)
            {
                kept.AsSpan((t - from) * NerTags.Stride, NerTags.Stride).CopyTo(emissions.Slice(t * NerTags.Stride, NerTags.Stride));
            }

            ArrayPool<float>.Shared.Return(kept);
        }
    }

    /// <summary>
    /// The summed weights of each distinct word's own features (<see cref="NerFeatures.ExtractWord"/>) in
    /// one text, worked out at its first token and reused at the others: a text repeats its words (its
    /// particles, its names), and these features are about half of a token's table reads. Integer sums, so
    /// a word's part plus its context's is the token's sum exactly. A word new to the text takes the part its
    /// letters alone decide from the thread's <see cref="WordSumCache"/> (across texts) and adds the text's
    /// part (the document rule). An open-addressing table by the word's
    /// hash, each slot the first token of a word and its sum, with pooled storage. Its size follows the text
    /// up to <see cref="MaxSlots"/> and no further: once half full, new words are summed each time, so a
    /// 50 MB line costs no more memory than a long article.
    /// </summary>
    private sealed class WordSums : IDisposable
    {
        private const int MaxSlots = 1 << 17;

        private readonly PreparedText _text;
        private readonly WordSumCache _across;
        private readonly int[] _slots;
        private readonly Vector256<int>[] _sums;
        private readonly int _mask;
        private int _free;

        public WordSums(PreparedText text, WordSumCache across)
        {
            _text = text;
            _across = across;
            Touched = across.Touch(text);
            var size = (int)Math.Min(MaxSlots, BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, text.Tokens.Length * 2)));
            _slots = PooledArrays.Rent<int>(size);
            _slots.AsSpan(0, size).Fill(-1);
            _sums = PooledArrays.Rent<Vector256<int>>(size);
            _mask = size - 1;
            _free = size / 2;
        }

        /// <summary>What <see cref="WordSumCache.Touch"/> read: kept, so that the reads are not left out as unused.</summary>
        public int Touched { get; }

        /// <summary>The sum for the word of token <paramref name="i"/>, extracting into <paramref name="buffer"/> the first time the word is seen.</summary>
        public Vector256<int> Of(int i, NerFeatures features, NerModel model, Span<uint> buffer)
        {
            var tokens = _text.Tokens;
            var hash = _text.WordHashes[i];
            var word = _text.Word(i);
            var slot = (int)hash & _mask;
            for (; _slots[slot] >= 0; slot = (slot + 1) & _mask)
            {
                var seen = _slots[slot];
                if (_text.WordHashes[seen] == hash && tokens[seen].Kind == tokens[i].Kind && _text.Word(seen).SequenceEqual(word))
                {
                    return _sums[slot];
                }
            }

            // The word's own part from the cache across texts, the text's part (the document rule) added.
            var sum = _across.Of(_text, i, features, model, buffer) + model.Sum(buffer[..features.ExtractWordInText(_text, i, buffer)]);
            if (_free > 0)
            {
                _free--;
                _slots[slot] = i;
                _sums[slot] = sum;
            }

            return sum;
        }

        public void Dispose()
        {
            PooledArrays.Return(_slots);
            PooledArrays.Return(_sums);
        }
    }

    /// <summary>The chunks of a well-formed BIO sequence (as <see cref="Viterbi"/> gives), offset by <paramref name="first"/>.</summary>
    internal static void Chunks(ReadOnlySpan<int> tags, int first, ImmutableArray<TaggedSpan>.Builder spans)
    {
        var start = -1;
        for (var t = 0; t <= tags.Length; t++)
        {
            var tag = t < tags.Length ? tags[t] : NerTags.O;
            if (start >= 0 && !NerTags.IsInside(tag))
            {
                spans.Add(new TaggedSpan(first + start, first + t, NerTags.TypeOf(tags[start])));
                start = -1;
            }

            if (NerTags.IsBegin(tag))
            {
                start = t;
            }
        }
    }
}
