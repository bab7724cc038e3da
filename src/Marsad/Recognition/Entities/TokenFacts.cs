using System.Runtime.CompilerServices;
using Marsad.Knowledge;
using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// One clitic reading of a token's word as the first word of a name (<see cref="NameKey.FirstWordKeys"/>),
/// with the facts of its stem and of its key: the same but for ل + ال written لل, whose key has the
/// article restored (للأمم: stem امم, key الامم).
/// </summary>
internal readonly record struct ReadingFacts(CliticReading Reading, WordFacts? Stem, WordFacts? Key);

/// <summary>
/// What the rules ask of one token's word: the facts of the word itself, of each first-word reading, the
/// country whose nisba the word is (<see cref="EntityGazetteer.CountryOfAdjective"/>), and whether it can
/// end a person cue.
/// </summary>
internal struct TokenFacts
{
    public WordFacts? Whole;
    public KbEntry? Country;

    /// <summary>
    /// The word is the last word of a person cue, or one after a proclitic و or ف (as a cue phrase's first
    /// word is read); asked before nearly every word, so found here from the lookups made anyway.
    /// </summary>
    public bool EndsCue;

    public int Count;
    public ReadingBuffer Readings;

    [InlineArray(ArabicClitics.MaxReadings)]
    public struct ReadingBuffer
    {
        private ReadingFacts _element;
    }
}

/// <summary>
/// The <see cref="TokenFacts"/> of the tokens around the scan position, each found once: a token's word
/// is hashed once for the names, titles, institutions, given names and word lists, however many rules
/// ask. A window like <see cref="TokenWindowCache{T}"/>; its storage is pooled, so a scan gives it back
/// with <see cref="Dispose"/>.
/// </summary>
internal sealed class TokenFactsWindow : IDisposable
{
    private readonly int[] _keys = TokenWindow.Rent<int>(); // the token + 1, so that 0 marks an empty slot
    private readonly TokenFacts[] _facts = TokenWindow.Rent<TokenFacts>();
    private readonly WordTable<WordFacts> _table;
    private readonly int[]? _lexicon;

    /// <param name="table">The rules' word table.</param>
    /// <param name="lexicon">
    /// Null, or one slot per token of the text, -1 where not yet known: each token looked up is given its
    /// tagger lexicon facts there (<see cref="LexiconFacts.Accumulator.Packed"/>), from the lookups the
    /// rules make anyway, so the tagger does not repeat them.
    /// </param>
    public TokenFactsWindow(WordTable<WordFacts> table, int[]? lexicon = null)
    {
        _table = table;
        _lexicon = lexicon;
    }

    /// <summary>The facts of token <paramref name="i"/>, whose normalised word is <paramref name="word"/>.</summary>
    public ref readonly TokenFacts Get(int i, ReadOnlySpan<char> word)
    {
        var slot = TokenWindow.SlotOf(i);
        ref var facts = ref _facts[slot];
        if (_keys[slot] != i + 1)
        {
            Fill(ref facts, word, i);
            _keys[slot] = i + 1;
        }

        return ref facts;
    }

    public void Dispose()
    {
        PooledArrays.Return(_keys);
        PooledArrays.Return(_facts);
    }

    // Every clitic reading is looked up once: for the country of a nisba all count (الإسرائيلية through
    // its article-less reading too), as a first word of a name only those NameKey.IsFirstWordKey allows.
    private void Fill(ref TokenFacts facts, ReadOnlySpan<char> word, int i)
    {
        var lexicon = default(LexiconFacts.Accumulator);
        facts.Whole = _table.Find(word);
        facts.Country = null;
        facts.EndsCue = facts.Whole is { IsCueLastWord: true };
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        var all = ArabicClitics.GetReadings(word, readings);
        var count = 0;
        for (var r = 0; r < all; r++)
        {
            var reading = readings[r];
            var stem = reading.Stripped == 0 ? facts.Whole : _table.Find(reading.Stem(word));
            facts.Country ??= stem?.Adjective ?? stem?.InflectedAdjective;
            // The reading without a conjunction: a word of three letters or more gives it (ArabicClitics.GetReadings).
            facts.EndsCue |= reading is { Stripped: 1, HasArticle: false } && word[0] is 'و' or 'ف' && stem is { IsCueLastWord: true };
            if (_lexicon is not null)
            {
                lexicon.Add(reading, stem);
            }
            if (NameKey.IsFirstWordKey(word, reading))
            {
                var key = reading.HasArticle ? _table.FindWithArticle(reading.Stem(word)) : stem;
                facts.Readings[count++] = new ReadingFacts(reading, stem, key);
            }
        }

        facts.Count = count;
        if (_lexicon is not null)
        {
            _lexicon[i] = lexicon.Packed;
        }
    }
}
