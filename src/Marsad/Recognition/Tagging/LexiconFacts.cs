using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// What Marsad's lexicon says of one word, as bits for the tagger (<see cref="FeatureGroups.Lexicon"/>),
/// and which clitic reading of it is the word's stripped form. The word and each of its clitic readings
/// are looked up once in the entity rules' word table (<see cref="WordFacts"/>), which holds the place
/// heads and person cues too; the tagger learns what each fact is worth.
/// </summary>
internal static class LexiconFacts
{
    public const int GivenName = 1 << 0;
    public const int NameStart = 1 << 1;
    public const int Title = 1 << 2;
    public const int Institution = 1 << 3;
    public const int Stopword = 1 << 4;
    public const int Common = 1 << 5;
    public const int OrgHead = 1 << 6;
    public const int PlaceHead = 1 << 7;
    public const int PersonCue = 1 << 8;
    public const int Nationality = 1 << 9;
    public const int DualUse = 1 << 10;

    // Bits that a reading's stem brings only with a clitic stripped: the word itself may be anything.
    private const int Stripped = 1 << 11;

    /// <summary>
    /// The bits of <paramref name="word"/> (any reading counts; a fact found only through a stripped reading
    /// sets the stripped bit too) and how many letters its stripped form drops: the longest reading the
    /// table knows, else the longest that strips an article, else none.
    /// </summary>
    public static (int Bits, int Stripped) Of(EntityGazetteer gazetteer, ReadOnlySpan<char> word)
    {
        var facts = default(Accumulator);
        foreach (var reading in ArabicClitics.Readings(word))
        {
            facts.Add(reading, gazetteer.Words.Find(reading.Stem(word)));
        }

        return Unpack(facts.Packed);
    }

    /// <summary>A (bits, stripped) pair packed as <see cref="Accumulator.Packed"/> packs it.</summary>
    public static int Pack(int bits, int stripped) => bits | (stripped << 16);

    /// <summary>A packed (bits, stripped) pair as <see cref="Accumulator.Packed"/> gives, taken apart.</summary>
    public static (int Bits, int Stripped) Unpack(int packed) => (packed & 0xFFFF, packed >> 16);

    /// <summary>
    /// <see cref="Of"/> built up one reading at a time, in the order <see cref="ArabicClitics.Readings"/>
    /// gives them, from facts already looked up: the entity rules look up every reading of every word they
    /// pass (<see cref="TokenFactsWindow"/>), and hand the result on rather than have the tagger hash the
    /// same readings again.
    /// </summary>
    public struct Accumulator
    {
        private int _bits;
        private int _known;
        private int _article;

        public void Add(CliticReading reading, WordFacts? facts)
        {
            var found = Bits(facts);
            if (found != 0)
            {
                _bits |= found | (reading.Stripped > 0 ? Stripped : 0);

                // Stored plus one, so that the zero of a fresh accumulator means "no reading known".
                _known = reading.Stripped + 1;
            }

            if (reading.HasArticle)
            {
                _article = reading.Stripped;
            }
        }

        /// <summary>The bits in the low 16 bits, the stripped length above them (never negative: -1 is free to mean "not looked up").</summary>
        public readonly int Packed => _bits | ((_known > 0 ? _known - 1 : _article) << 16);
    }

    private static int Bits(WordFacts? facts)
    {
        if (facts is null)
        {
            return 0;
        }

        var bits = 0;
        bits |= facts.GivenName is not null ? GivenName : 0;
        bits |= facts.Name is not null ? NameStart : 0;
        bits |= facts.Title is not null ? Title : 0;
        bits |= facts.Institution is not null ? Institution : 0;
        bits |= facts.IsStopword ? Stopword : 0;
        bits |= facts.IsCommon ? Common : 0;
        bits |= facts.IsDualUse ? DualUse : 0;
        bits |= facts.IsNameOrgHead || facts.IsOrgHeadInName ? OrgHead : 0;
        bits |= facts.IsPlaceHead ? PlaceHead : 0;
        bits |= facts.IsPersonCue ? PersonCue : 0;
        bits |= facts.Adjective is not null || facts.InflectedAdjective is not null ? Nationality : 0;
        return bits;
    }
}
