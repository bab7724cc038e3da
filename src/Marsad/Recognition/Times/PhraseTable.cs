using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>
/// Phrases of one or more words, normalised, each with a value; matched against tokens without
/// building strings (the first word through a frozen alternate lookup, the rest compared in place).
/// </summary>
/// <remarks>
/// Rules: the first word of a match may carry the proclitics و ف ب ل ك (وأمس، بالأمس، لعقود) but never lose
/// an article the phrase does not have (العام is not عام); the other words must be exactly the phrase's
/// words; the longest phrase wins.
/// </remarks>
internal sealed class PhraseTable<T>
{
    // The matching is not generic (PhraseIndex): only the values are of type T, in the order given.
    private readonly PhraseIndex _index;
    private readonly T[] _values;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var list = phrases as IReadOnlyCollection<(string Phrase, T Value)> ?? phrases.ToList();
        var words = new string[list.Count];
        _values = new T[list.Count];
        var position = 0;
        foreach (var (phrase, value) in list)
        {
            words[position] = phrase;
            _values[position++] = value;
        }

        _index = new PhraseIndex(words);
    }

    /// <summary>
    /// A table of rule rows: the phrase is each row's first cell, its value what <paramref name="value"/> reads from
    /// the row (no tuple of phrase and value to enumerate, which would compile an iterator for every value type).
    /// </summary>
    public PhraseTable(IReadOnlyList<string[]> rows, Func<string[], T> value)
    {
        var words = new string[rows.Count];
        _values = new T[rows.Count];
        for (var position = 0; position < rows.Count; position++)
        {
            words[position] = rows[position][0];
            _values[position] = value(rows[position]);
        }

        _index = new PhraseIndex(words);
    }

    /// <summary>The first words of the table's phrases, as the lookup holds them.</summary>
    public IEnumerable<string> FirstWords => _index.FirstWords;

    /// <summary>The longest phrase that starts at token <paramref name="index"/>, and the index after it.</summary>
    public bool TryMatch(TokenView view, int index, bool proclitics, out T value, out int end)
    {
        if (_index.TryMatch(view, index, proclitics, out var position, out end))
        {
            value = _values[position];
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Whether a single word (no clitics) is a one-word phrase of the table.</summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out T value)
    {
        if (_index.TryGetWord(word, out var position))
        {
            value = _values[position];
            return true;
        }

        value = default!;
        return false;
    }
}
