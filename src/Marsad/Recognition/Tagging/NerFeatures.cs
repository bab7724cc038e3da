using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// Extracts the tagger's features of one token (<see cref="FeatureTemplate"/>), in groups that can be left
/// out (<see cref="FeatureGroups"/>). Each feature is a hash of its template and the characters it reads,
/// taken in place from the normalised text: what costs is looked up once per token in
/// <see cref="Prepare"/> (lexicon facts, the stripped form, the rules' decision) and read by the
/// neighbours from there. The same extractor serves training and tagging, so they never disagree.
/// </summary>
public sealed class NerFeatures
{
    /// <summary>The most features one token can have: fixed templates plus the trigrams of a long word.</summary>
    public const int MaxPerToken = 96;

    // Long words keep their first trigrams: the ends have templates of their own, and each feature is a table read.
    private const int MaxTrigrams = 6;

    // The lexicon bits' features, hashed once: FeatureHash.Of(template, bit) for the four lexicon
    // templates, which are numbered in a row, and the twelve bits.
    private const int LexiconBitCount = 12;

    private static readonly uint Bias = FeatureHash.Of(FeatureTemplate.Bias, 0);

    private static readonly uint[] LexiconHashes = [.. Enumerable.Range(0, 4 * LexiconBitCount)
        .Select(static k => FeatureHash.Of(FeatureTemplate.LexiconHere + (k / LexiconBitCount), k % LexiconBitCount))];

    private readonly EntityGazetteer _gazetteer;
    private readonly WordClusters? _clusters;

    public NerFeatures(EntityGazetteer gazetteer, FeatureGroups groups, WordClusters? clusters = null)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        Groups = groups;
        _clusters = (groups & FeatureGroups.Clusters) != 0 ? clusters : null;
    }

    public FeatureGroups Groups { get; }

    /// <summary>
    /// Looks up what each token's features need once; the result is read by <see cref="Extract"/>, and its
    /// pooled storage given back with <see cref="PreparedText.Dispose"/>. <paramref name="lexicon"/>, if
    /// given, holds the lexicon facts the entity rules already found (<see cref="LexiconFacts.Accumulator"/>;
    /// -1 for a token they did not look up).
    /// </summary>
    public PreparedText Prepare(TextAnalysis text, ImmutableArray<EntityRecord> rules, int[]? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var prepared = new PreparedText(text.Normalized, tokens, _clusters is not null, Has(FeatureGroups.Gazetteer));
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].NormalizedIn(text.Normalized);
            var (bits, stripped) = lexicon is not null && lexicon[i] >= 0 ? LexiconFacts.Unpack(lexicon[i]) : LexiconFacts.Of(_gazetteer, word);
            if (lexicon is not null)
            {
                // Handed on filled: the entity layer reads the facts of every token after the tagger.
                lexicon[i] = LexiconFacts.Pack(bits, stripped);
            }

            prepared.Lexicon[i] = bits;
            prepared.Stripped[i] = (byte)stripped;
            prepared.WordHashes[i] = FeatureHash.Word(word);
            prepared.StrippedHashes[i] = stripped == 0 ? prepared.WordHashes[i] : FeatureHash.Word(word[stripped..]);
            if (_clusters is not null)
            {
                prepared.Clusters[i] = (byte)_clusters.Of(prepared.StrippedHashes[i]);
            }
        }

        if (Has(FeatureGroups.Gazetteer))
        {
            KbSpans.Fill(_gazetteer, prepared, prepared.KbSpans);
        }

        if ((Groups & FeatureGroups.Rules) != 0)
        {
            RuleCodes.Fill(rules, tokens, prepared.Rules);
            RuleCodes.ByWord(prepared, rules);
        }

        return prepared;
    }

    /// <summary>Writes the feature hashes of token <paramref name="i"/> into <paramref name="into"/> and returns how many.</summary>
    /// <remarks>
    /// The order is the training order (the trainer sums a token's weights in floats, in this order); the
    /// tagger sums integers, in any order, and takes the features in two parts (<see cref="ExtractWord"/>,
    /// <see cref="ExtractContext"/>).
    /// </remarks>
    public int Extract(PreparedText text, int i, Span<uint> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = WordForms(text, i, into);
        n = ContextWords(text, i, into, n);
        n = ClusterContext(text, i, into, n);
        if (Has(FeatureGroups.Lexicon))
        {
            n = LexiconBits(FeatureTemplate.LexiconHere, text.LexiconAt(i), into, n);
            n = LexiconContext(text, i, into, n);
        }

        if (Has(FeatureGroups.Rules))
        {
            n = RuleContext(text, i, into, n);
            into[n++] = FeatureHash.Of(FeatureTemplate.DocumentRule, text.DocumentRuleAt(i));
        }

        return Conjunctions(text, i, into, KbSpanContext(text, i, into, n));
    }

    /// <summary>
    /// The features of token <paramref name="i"/> that its word alone decides, within one text (the
    /// document rule reads the text's mentions): a word that comes again in the text has them again.
    /// </summary>
    public int ExtractWord(PreparedText text, int i, Span<uint> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = ExtractWordAlone(text, i, into);
        return n + ExtractWordInText(text, i, into[n..]);
    }

    /// <summary>
    /// The features of <see cref="ExtractWord"/> that the word's letters and kind decide in any text (its
    /// forms, letters, shape and lexicon facts): the tagger keeps their sum across texts (<see cref="WordSumCache"/>).
    /// </summary>
    internal int ExtractWordAlone(PreparedText text, int i, Span<uint> into)
    {
        var n = WordForms(text, i, into);
        if (Has(FeatureGroups.Lexicon))
        {
            n = LexiconBits(FeatureTemplate.LexiconHere, text.LexiconAt(i), into, n);
        }

        return n;
    }

    /// <summary>The rest of <see cref="ExtractWord"/>'s features: those the text decides for the word (the document rule).</summary>
    internal int ExtractWordInText(PreparedText text, int i, Span<uint> into)
    {
        if (!Has(FeatureGroups.Rules))
        {
            return 0;
        }

        into[0] = FeatureHash.Of(FeatureTemplate.DocumentRule, text.DocumentRuleAt(i));
        return 1;
    }

    /// <summary>The other features of token <paramref name="i"/>: its neighbours and the rules' decision; with <see cref="ExtractWord"/>'s, all of <see cref="Extract"/>'s.</summary>
    public int ExtractContext(PreparedText text, int i, Span<uint> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = ClusterContext(text, i, into, ContextWords(text, i, into, 0));
        if (Has(FeatureGroups.Lexicon))
        {
            n = LexiconContext(text, i, into, n);
        }

        return Conjunctions(text, i, into, KbSpanContext(text, i, into, Has(FeatureGroups.Rules) ? RuleContext(text, i, into, n) : n));
    }

    // What the single features cannot say together: a perceptron adds its weights, so only a feature of
    // the pair can weigh a pair differently from its parts.
    private int Conjunctions(PreparedText text, int i, Span<uint> into, int n)
    {
        if (!Has(FeatureGroups.Conjunctions))
        {
            return n;
        }

        into[n++] = FeatureHash.Of(FeatureTemplate.RuleTriple, (text.RuleAt(i - 1) << 16) | (text.RuleAt(i) << 8) | text.RuleAt(i + 1));
        into[n++] = FeatureHash.Of(FeatureTemplate.RuleInDocument, (text.RuleAt(i) << 8) | text.DocumentRuleAt(i));
        into[n++] = FeatureHash.Of(FeatureTemplate.LexiconWithRule, (text.LexiconAt(i) << 8) | text.RuleAt(i));
        into[n++] = FeatureHash.Mix(Of(FeatureTemplate.StrippedBigram, text.StrippedHash(i - 1)), text.StrippedHash(i));
        return n;
    }

    // The known name over the token and over the next one; nothing where neither is in one.
    private int KbSpanContext(PreparedText text, int i, Span<uint> into, int n)
    {
        if (Has(FeatureGroups.Gazetteer) && (text.KbSpanAt(i) | text.KbSpanAt(i + 1)) != 0)
        {
            into[n++] = FeatureHash.Of(FeatureTemplate.KbSpan, text.KbSpanAt(i));
            into[n++] = FeatureHash.Of(FeatureTemplate.KbSpanAfter, (text.KbSpanAt(i) << 8) | text.KbSpanAt(i + 1));
        }

        return n;
    }

    private int WordForms(PreparedText text, int i, Span<uint> into)
    {
        var n = 0;
        var word = text.Word(i);
        var stripped = word[text.Stripped[i]..];
        into[n++] = Bias;
        if (Has(FeatureGroups.Word))
        {
            into[n++] = Of(FeatureTemplate.Word, text.WordHash(i));
        }

        // The short forms share their hashes where they read the same letters: a stripped form keeps at
        // least two letters, so its last two are the word's; the first trigram's mark reads the stripped
        // prefix, the last one's the suffix.
        var suffix2 = FeatureHash.Word(word[Math.Max(0, word.Length - 2)..]);
        var strippedPrefix2 = FeatureHash.Word(stripped[..Math.Min(2, stripped.Length)]);
        if (Has(FeatureGroups.Forms))
        {
            var prefix2 = text.Stripped[i] == 0 ? strippedPrefix2 : FeatureHash.Word(word[..Math.Min(2, word.Length)]);
            var prefix3 = word.Length > 2 ? FeatureHash.Add(prefix2, word.Slice(2, 1)) : prefix2;
            into[n++] = Of(FeatureTemplate.Stripped, text.StrippedHash(i));
            into[n++] = FeatureHash.Of(FeatureTemplate.LightStem, ArabicLightStemmer.Stem(word));
            into[n++] = Of(FeatureTemplate.Prefix2, prefix2);
            into[n++] = Of(FeatureTemplate.Prefix3, prefix3);
            into[n++] = Of(FeatureTemplate.Suffix2, suffix2);
            into[n++] = FeatureHash.Of(FeatureTemplate.Suffix3, word[Math.Max(0, word.Length - 3)..]);
            into[n++] = Of(FeatureTemplate.StrippedPrefix2, strippedPrefix2);
            into[n++] = Of(FeatureTemplate.StrippedSuffix2, suffix2);
        }

        if (Has(FeatureGroups.Chars) && text.Tokens[i].Kind == TokenKind.Word)
        {
            n = Trigrams(stripped, strippedPrefix2, suffix2, into, n);
        }

        if (Has(FeatureGroups.Shape))
        {
            into[n++] = FeatureHash.Of(FeatureTemplate.Kind, (int)text.Tokens[i].Kind);
            into[n++] = FeatureHash.Of(FeatureTemplate.Latin, word.Length > 0 && char.IsAsciiLetter(word[0]) ? 1 : 0);
            into[n++] = FeatureHash.Of(FeatureTemplate.Length, Math.Min(word.Length, 9));
        }

        if (Has(FeatureGroups.Clusters))
        {
            into[n++] = FeatureHash.Of(FeatureTemplate.Cluster, text.ClusterAt(i));
        }

        // A word's own feature, so the tagger looks it up only when the word misses its sum cache.
        if (Has(FeatureGroups.Dictionary) && text.Tokens[i].Kind == TokenKind.Word && DictionaryWords.Of(word, text.LexiconAt(i)) is var reading and not DictionaryWords.None)
        {
            into[n++] = FeatureHash.Of(FeatureTemplate.DictionaryWord, reading);
        }

        return n;
    }

    // The neighbours' clusters: the frame a name stands in, for neighbours the training text had too few of.
    private int ClusterContext(PreparedText text, int i, Span<uint> into, int n)
    {
        if (Has(FeatureGroups.Clusters))
        {
            into[n++] = FeatureHash.Of(FeatureTemplate.ClusterBefore, text.ClusterAt(i - 1));
            into[n++] = FeatureHash.Of(FeatureTemplate.ClusterAfter, text.ClusterAt(i + 1));
            into[n++] = FeatureHash.Of(FeatureTemplate.ClusterBigram, (text.ClusterAt(i - 1) << 8) | text.ClusterAt(i));
        }

        return n;
    }

    private int ContextWords(PreparedText text, int i, Span<uint> into, int n)
    {
        if (Has(FeatureGroups.Context))
        {
            into[n++] = Of(FeatureTemplate.WordBefore, text.WordHash(i - 1));
            into[n++] = Of(FeatureTemplate.WordAfter, text.WordHash(i + 1));
            into[n++] = Of(FeatureTemplate.WordBefore2, text.WordHash(i - 2));
            into[n++] = Of(FeatureTemplate.WordAfter2, text.WordHash(i + 2));
            into[n++] = FeatureHash.Mix(Of(FeatureTemplate.Bigram, text.WordHash(i - 1)), text.WordHash(i));
            into[n++] = FeatureHash.Mix(Of(FeatureTemplate.BigramAfter, text.WordHash(i)), text.WordHash(i + 1));

            // The word between both neighbours: the phrase a name stands in (وزير خارجية X، نادي X الإنجليزي).
            into[n++] = FeatureHash.Mix(FeatureHash.Mix(Of(FeatureTemplate.TrigramWords, text.WordHash(i - 1)), text.WordHash(i)), text.WordHash(i + 1));
        }

        return n;
    }

    private static int LexiconContext(PreparedText text, int i, Span<uint> into, int n)
    {
        n = LexiconBits(FeatureTemplate.LexiconBefore, text.LexiconAt(i - 1), into, n);
        n = LexiconBits(FeatureTemplate.LexiconAfter, text.LexiconAt(i + 1), into, n);
        n = LexiconBits(FeatureTemplate.LexiconBefore2, text.LexiconAt(i - 2), into, n);
        into[n++] = FeatureHash.Of(FeatureTemplate.LexiconPair, (text.LexiconAt(i - 1) << 12) | text.LexiconAt(i));
        return n;
    }

    private static int RuleContext(PreparedText text, int i, Span<uint> into, int n)
    {
        into[n++] = FeatureHash.Of(FeatureTemplate.RuleHere, text.RuleAt(i));
        into[n++] = FeatureHash.Of(FeatureTemplate.RuleBefore, text.RuleAt(i - 1));
        into[n++] = FeatureHash.Of(FeatureTemplate.RuleAfter, text.RuleAt(i + 1));
        into[n++] = FeatureHash.Mix(Of(FeatureTemplate.RuleWithWord, text.WordHash(i)), (uint)text.RuleAt(i));

        // The rules' decision with the word before it: what a mention after this word is worth in the
        // corpora (a knowledge-base city after نادي or كأس is a club or a competition, not a place).
        into[n++] = FeatureHash.Mix(Of(FeatureTemplate.RuleAfterWord, text.WordHash(i - 1)), (uint)text.RuleAt(i));
        return n;
    }

    private bool Has(FeatureGroups group) => (Groups & group) != 0;

    /// <summary>A feature over a word already hashed (<see cref="FeatureHash.Word"/>): equal to <see cref="FeatureHash.Of(FeatureTemplate, ReadOnlySpan{char})"/> of the word.</summary>
    private static uint Of(FeatureTemplate template, uint wordHash) => FeatureHash.Mix(FeatureHash.Start(template), wordHash);

    // Trigrams of the word between boundary marks: the first and last are templates of their own, so no
    // string with the marks is made. They read the stem's first and last two letters, hashed already.
    private static int Trigrams(ReadOnlySpan<char> stem, uint first2, uint last2, Span<uint> into, int n)
    {
        if (stem.Length < 3)
        {
            into[n++] = FeatureHash.Of(FeatureTemplate.Trigram, stem);
            return n;
        }

        into[n++] = Of(FeatureTemplate.TrigramStart, first2);
        into[n++] = Of(FeatureTemplate.TrigramEnd, last2);
        var count = Math.Min(stem.Length - 2, MaxTrigrams);
        for (var k = 0; k < count; k++)
        {
            into[n++] = FeatureHash.Of(FeatureTemplate.Trigram, stem.Slice(k, 3));
        }

        return n;
    }

    private static int LexiconBits(FeatureTemplate template, int bits, Span<uint> into, int n)
    {
        var hashes = LexiconHashes.AsSpan((template - FeatureTemplate.LexiconHere) * LexiconBitCount, LexiconBitCount);
        for (var bit = 0; bits != 0; bit++, bits >>= 1)
        {
            if ((bits & 1) != 0)
            {
                into[n++] = hashes[bit];
            }
        }

        return n;
    }
}
