using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>One reading of a word with its proclitics stripped.</summary>
/// <param name="Stripped">How many leading characters were stripped.</param>
/// <param name="HasArticle">
/// Whether the stripped characters held the article ال. The definite form of the stem is then ال + stem,
/// which for لل (ل + ال, alef elided) is not a substring of the word: للسلام → سلام, definite السلام.
/// </param>
public readonly record struct CliticReading(int Stripped, bool HasArticle)
{
    /// <summary>The word without the stripped proclitics.</summary>
    public ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) => word[Stripped..];
}

/// <summary>The readings of a normalised Arabic word with its proclitics stripped, for matching.</summary>
/// <remarks>
/// Rules, for a word already normalised by <see cref="ArabicNormalizer"/>:
/// <list type="number">
/// <item>The word itself is always the first reading (وكالة is a word, not و + كالة).</item>
/// <item>A conjunction و or ف may come first: والفلسطينيون → الفلسطينيون.</item>
/// <item>Then a preposition ب ك or ل: بالامارات → الامارات, وبالامارات → الامارات.</item>
/// <item>Then the article ال, after a conjunction, after ب or ك, or alone: وال بال كال فال وبال فبال وكال.</item>
/// <item>ل + ال is written لل, the alef elided: للامم → امم with the article, and ولل فلل likewise. Stripping
///   only the ل is a reading too (للبنان → لبنان).</item>
/// <item>Every reading keeps a stem of at least <see cref="MinStemLength"/> letters.</item>
/// </list>
/// Readings come in order of increasing <see cref="CliticReading.Stripped"/>; over-stripping (فلسطين →
/// لسطين) is expected, because the caller matches every reading against what it knows.
/// </remarks>
public static class ArabicClitics
{
    /// <summary>The fewest letters a stripped reading keeps.</summary>
    public const int MinStemLength = 2;

    /// <summary>The most readings one word can have.</summary>
    public const int MaxReadings = 8;

    private const char Waw = 'و';
    private const char Feh = 'ف';
    private const char Beh = 'ب';
    private const char Kaf = 'ك';
    private const char Lam = 'ل';
    private const char Alef = 'ا';

    /// <summary>The readings of <paramref name="normalizedWord"/>; use with foreach. Allocates nothing.</summary>
    public static CliticReadings Readings(ReadOnlySpan<char> normalizedWord) => new(normalizedWord);

    /// <summary>
    /// Writes the readings of <paramref name="normalizedWord"/> into <paramref name="destination"/>, which must
    /// hold <see cref="MaxReadings"/> items, and returns how many it wrote.
    /// </summary>
    public static int GetReadings(ReadOnlySpan<char> normalizedWord, Span<CliticReading> destination)
    {
        var word = normalizedWord;
        var count = 0;
        destination[count++] = new CliticReading(0, false);
        var conjunctions = word.Length > 0 && word[0] is Waw or Feh ? 1 : 0;
        for (var p = 0; p <= conjunctions; p++)
        {
            if (p > 0)
            {
                AddIfStemLongEnough(word, p, false, destination, ref count);
            }

            if (HasArticleAt(word, p))
            {
                AddIfStemLongEnough(word, p + 2, true, destination, ref count);
            }

            if (p < word.Length && word[p] is Beh or Kaf or Lam)
            {
                AddIfStemLongEnough(word, p + 1, false, destination, ref count);
                if (word[p] == Lam)
                {
                    if (p + 1 < word.Length && word[p + 1] == Lam)
                    {
                        AddIfStemLongEnough(word, p + 2, true, destination, ref count);
                    }
                }
                else if (HasArticleAt(word, p + 1))
                {
                    AddIfStemLongEnough(word, p + 3, true, destination, ref count);
                }
            }
        }

        // Written in the order of the letters they strip, so already sorted by Stripped (what callers rely on): the
        // word itself; then at each position p (0, or 1 after و/ف) the conjunction alone (p), and either the
        // article (p + 2, a word with ا at p, so no ب/ك/ل there) or ب/ك/ل (p + 1) and the article behind it
        // (p + 2 or p + 3). At p = 1 nothing was added at p = 0 but the word itself: و/ف is neither ا nor ب/ك/ل.
        Debug.Assert(IsSortedByStripped(destination[..count]), "clitic readings out of order");
        return count;
    }

    private static bool HasArticleAt(ReadOnlySpan<char> word, int index) =>
        index + 1 < word.Length && word[index] == Alef && word[index + 1] == Lam;

    private static void AddIfStemLongEnough(ReadOnlySpan<char> word, int stripped, bool article, Span<CliticReading> destination, ref int count)
    {
        if (word.Length - stripped >= MinStemLength)
        {
            destination[count++] = new CliticReading(stripped, article);
        }
    }

    private static bool IsSortedByStripped(ReadOnlySpan<CliticReading> readings)
    {
        for (var i = 1; i < readings.Length; i++)
        {
            if (readings[i - 1].Stripped > readings[i].Stripped)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The readings of one word, held inline and enumerated in place, so foreach allocates nothing.</summary>
public ref struct CliticReadings
{
    private Buffer _readings;
    private readonly int _count;
    private int _index;

    internal CliticReadings(ReadOnlySpan<char> word)
    {
        _index = -1;
        _count = ArabicClitics.GetReadings(word, _readings);
    }

    /// <summary>How many readings there are.</summary>
    public readonly int Count => _count;

    public readonly CliticReading Current => _readings[_index];

    public readonly CliticReadings GetEnumerator() => this;

    public bool MoveNext() => ++_index < _count;

    [InlineArray(ArabicClitics.MaxReadings)]
    private struct Buffer
    {
        private CliticReading _element;
    }
}
