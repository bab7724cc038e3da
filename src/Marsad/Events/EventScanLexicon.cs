using System.Collections.Frozen;
using System.Numerics;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>The kinds of word in data/rules/event-scan-words.tsv; see the file's header for each.</summary>
[Flags]
internal enum ScanWord
{
    None = 0,
    ForceHead = 1 << 0,
    CountryReference = 1 << 1,
    FunctionWord = 1 << 2,
    Reciprocal = 1 << 3,
    Against = 1 << 4,
    PronounSubject = 1 << 5,
    DidVerb = 1 << 6,
    Circumstance = 1 << 7,
    Preposition = 1 << 8,
    PlaceWord = 1 << 9,
    PartitiveHead = 1 << 10,
    CountWord = 1 << 11,
    LedBy = 1 << 12,
    ProtestScene = 1 << 13,
    ProtestersName = 1 << 14,
    SecurityForcesName = 1 << 15,
    ConjunctionTrigger = 1 << 16,
}

/// <summary>
/// The words the event scan's argument rules act on, by kind, from data/rules/event-scan-words.tsv: one
/// normalised word a row, matched exactly against a token's normalised word (the rules that read a word
/// through a proclitic strip it themselves). Frozen and thread-safe.
/// </summary>
internal sealed class EventScanLexicon
{
    private readonly FrozenDictionary<string, ScanWord>.AlternateLookup<ReadOnlySpan<char>> _words;

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _written;

    private readonly Dictionary<ScanWord, string> _names = [];

    // The words' last two letters: a word that ends as none of them is of no kind, told without hashing it.
    // The passes ask this of nearly every token, and nearly every token is none.
    private readonly WordEndings _endings;

    // The same, per kind (by its bit): a kind asked of every token (Reciprocal) has few words, and their
    // endings turn away far more words than all the kinds' endings do.
    private readonly WordEndings[] _kindEndings = new WordEndings[BitOperations.Log2((uint)ScanWord.ConjunctionTrigger) + 1];

    private EventScanLexicon(IEnumerable<string[]> rows)
    {
        var words = new Dictionary<string, ScanWord>(StringComparer.Ordinal);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var word = row[0].Trim();
            var kind = Enum.Parse<ScanWord>(row[1].Trim().Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            if (kind is ScanWord.ProtestersName or ScanWord.SecurityForcesName)
            {
                _names[kind] = word;
                continue;
            }

            words[word] = words.GetValueOrDefault(word) | kind;
            if (row.Length > 2 && row[2].Trim() is { Length: > 0 } spelled)
            {
                written[word] = spelled;
            }
        }

        // A preposition the file gives no other spelling is written as it is: kept here, so that Written hands out
        // the file's string rather than a new one at every side it marks.
        foreach (var (word, kinds) in words)
        {
            if ((kinds & ScanWord.Preposition) != 0)
            {
                written.TryAdd(word, word);
            }
        }

        _endings = WordEndings.Of(words.Keys);
        // (Loops, not a query per kind: a LINQ instantiation over the enum is compiled at every start.)
        for (var bit = 0; bit < _kindEndings.Length; bit++)
        {
            _kindEndings[bit] = new WordEndings();
        }

        foreach (var (word, kinds) in words)
        {
            for (var bit = 0; bit < _kindEndings.Length; bit++)
            {
                if (((int)kinds & (1 << bit)) != 0)
                {
                    _kindEndings[bit].Add(word);
                }
            }
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _written = written.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EventScanLexicon Default { get; } = new(RuleFile.Rows("Marsad.data.rules.event-scan-words.tsv"));

    /// <summary>Whether a normalised word is, as written, of the kind.</summary>
    public bool Is(ReadOnlySpan<char> word, ScanWord kind) =>
        EndingsOf(kind).MayHoldReadingOf(word) && _words.TryGetValue(word, out var found) && (found & kind) != 0;

    // One kind's endings, or all kinds' for a question of several kinds at once.
    private WordEndings EndingsOf(ScanWord kind) =>
        BitOperations.IsPow2((uint)kind) && (int)kind < 1 << _kindEndings.Length ? _kindEndings[BitOperations.TrailingZeroCount((uint)kind)] : _endings;

    /// <summary>A preposition in the ordinary spelling the trigger file writes its markers in (علي → على).</summary>
    public string Written(ReadOnlySpan<char> preposition) =>
        _written.TryGetValue(preposition, out var spelled) ? spelled : preposition.ToString();

    /// <summary>The Arabic name of a made actor, of kind <see cref="ScanWord.ProtestersName"/> or <see cref="ScanWord.SecurityForcesName"/>.</summary>
    public string Name(ScanWord kind) => _names[kind];
}
