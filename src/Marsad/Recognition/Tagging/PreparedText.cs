using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>A text with what its tokens' features need, looked up once (<see cref="NerFeatures.Prepare"/>); its arrays are pooled.</summary>
public sealed class PreparedText : IDisposable
{
    private static readonly uint NoWord = FeatureHash.Word([]);

    // One bit per stripped-word hash of the words in _documentRules: most tokens are in no name, and the
    // filter turns them away without hashing their string for the dictionary.
    private readonly ulong[] _documentFilter = new ulong[4];

    // Stripped word → the type of the first name mention the rules found in it anywhere in the text
    // (document consistency): an open-addressing table by the stripped word's hash, each slot the first
    // token of a word plus one (0: empty) and its type, pooled and made when the first word is added. Words
    // are compared in place, so no string is made for them (a dictionary keyed by string was half of the
    // tagger's allocation).
    private int[]? _ruleTokens;
    private int[]? _ruleTypes;
    private int _ruleCount;
    private int _ruleMask;

    internal PreparedText(NormalizedText normalized, ImmutableArray<Token> tokens, bool clusters = false, bool kbSpans = false)
    {
        Normalized = normalized;
        Tokens = tokens;
        Lexicon = PooledArrays.Rent<int>(tokens.Length);
        Stripped = PooledArrays.Rent<byte>(tokens.Length);
        Rules = PooledArrays.RentCleared<int>(tokens.Length);
        KbSpans = kbSpans ? PooledArrays.RentCleared<int>(tokens.Length) : [];
        WordHashes = PooledArrays.Rent<uint>(tokens.Length);
        StrippedHashes = PooledArrays.Rent<uint>(tokens.Length);
        Clusters = clusters ? PooledArrays.RentCleared<byte>(tokens.Length) : [];
    }

    public NormalizedText Normalized { get; }

    public ImmutableArray<Token> Tokens { get; }

    internal int[] Lexicon { get; }

    /// <summary>How many leading letters the word's clitic-stripped form drops.</summary>
    internal byte[] Stripped { get; }

    internal int[] Rules { get; }

    /// <summary><see cref="FeatureHash.Word"/> of each token's word and of its stripped form, hashed once for every feature that reads them.</summary>
    internal uint[] WordHashes { get; }

    internal uint[] StrippedHashes { get; }

    internal uint WordHash(int i) => (uint)i < (uint)Tokens.Length ? WordHashes[i] : NoWord;

    /// <summary>Each token's word cluster (<see cref="WordClusters"/>; 0: none); empty when the features read no clusters.</summary>
    internal byte[] Clusters { get; }

    internal int ClusterAt(int i) => (uint)i < (uint)Clusters.Length && i < Tokens.Length ? Clusters[i] : 0;

    internal uint StrippedHash(int i) => (uint)i < (uint)Tokens.Length ? StrippedHashes[i] : NoWord;

    /// <summary>The normalised word of token i; outside the text, an empty span (one feature for "no word").</summary>
    public ReadOnlySpan<char> Word(int i) => (uint)i < (uint)Tokens.Length ? Tokens[i].NormalizedIn(Normalized) : [];

    internal ReadOnlySpan<char> StrippedWord(int i) => (uint)i < (uint)Tokens.Length ? Word(i)[Stripped[i]..] : [];

    internal int LexiconAt(int i) => (uint)i < (uint)Tokens.Length ? Lexicon[i] : 0;

    internal int RuleAt(int i) => (uint)i < (uint)Tokens.Length ? Rules[i] : 0;

    /// <summary>Each token's place in the longest known name over it (<see cref="KbSpans"/>; 0: none).</summary>
    internal int[] KbSpans { get; }

    internal int KbSpanAt(int i) => (uint)i < (uint)KbSpans.Length && i < Tokens.Length ? KbSpans[i] : 0;

    /// <summary>Records that the stripped word of token <paramref name="t"/> is inside a mention of <paramref name="type"/>, unless an earlier mention gave it one.</summary>
    internal void AddDocumentRule(int t, int type)
    {
        if (_ruleTokens is null)
        {
            Grow(64);
        }

        var hash = StrippedHashes[t];
        var word = StrippedWord(t);
        var slot = (int)hash & _ruleMask;
        for (; _ruleTokens![slot] != 0; slot = (slot + 1) & _ruleMask)
        {
            var seen = _ruleTokens[slot] - 1;
            if (StrippedHashes[seen] == hash && StrippedWord(seen).SequenceEqual(word))
            {
                return;
            }
        }

        _ruleTokens[slot] = t + 1;
        _ruleTypes![slot] = type;
        var bit = FilterBit(hash);
        _documentFilter[bit >> 6] |= 1UL << (bit & 63);
        if (++_ruleCount * 2 > _ruleMask)
        {
            Grow((_ruleMask + 1) * 2);
        }
    }

    /// <summary>The type the rules gave the stripped word of token <paramref name="i"/> somewhere in the text, 0 if none.</summary>
    internal int DocumentRuleAt(int i)
    {
        if (_ruleTokens is not { } tokens)
        {
            return 0;
        }

        var hash = StrippedHashes[i];
        var bit = FilterBit(hash);
        if ((_documentFilter[bit >> 6] & (1UL << (bit & 63))) == 0)
        {
            return 0;
        }

        var word = StrippedWord(i);
        for (var slot = (int)hash & _ruleMask; tokens[slot] != 0; slot = (slot + 1) & _ruleMask)
        {
            var seen = tokens[slot] - 1;
            if (StrippedHashes[seen] == hash && StrippedWord(seen).SequenceEqual(word))
            {
                return _ruleTypes![slot];
            }
        }

        return 0;
    }

    // A table of `size` slots (a power of two) holding the words so far.
    private void Grow(int size)
    {
        var (oldTokens, oldTypes, oldSize) = (_ruleTokens, _ruleTypes, _ruleMask + 1);
        _ruleTokens = PooledArrays.RentCleared<int>(size);
        _ruleTypes = PooledArrays.Rent<int>(size);
        _ruleMask = size - 1;
        if (oldTokens is null)
        {
            return;
        }

        for (var k = 0; k < oldSize; k++)
        {
            if (oldTokens[k] != 0)
            {
                var slot = (int)StrippedHashes[oldTokens[k] - 1] & _ruleMask;
                while (_ruleTokens[slot] != 0)
                {
                    slot = (slot + 1) & _ruleMask;
                }

                _ruleTokens[slot] = oldTokens[k];
                _ruleTypes[slot] = oldTypes![k];
            }
        }

        PooledArrays.Return(oldTokens);
        PooledArrays.Return(oldTypes!);
    }

    /// <summary>Gives the arrays back to the pool; the text is not read after.</summary>
    public void Dispose()
    {
        PooledArrays.Return(Lexicon);
        PooledArrays.Return(Stripped);
        PooledArrays.Return(Rules);
        if (KbSpans.Length > 0)
        {
            PooledArrays.Return(KbSpans);
        }
        PooledArrays.Return(WordHashes);
        PooledArrays.Return(StrippedHashes);
        if (Clusters.Length > 0)
        {
            PooledArrays.Return(Clusters);
        }

        if (_ruleTokens is not null)
        {
            PooledArrays.Return(_ruleTokens);
            PooledArrays.Return(_ruleTypes!);
        }
    }

    private static int FilterBit(uint hash) => (int)((hash * 2654435761u) >> 24);
}
