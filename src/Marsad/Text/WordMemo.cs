using System.Collections.Concurrent;

namespace Marsad.Text;

/// <summary>A question about one normalised word whose answer depends on the word alone.</summary>
internal delegate T WordQuestion<out T>(ReadOnlySpan<char> word);

/// <summary>
/// Remembers the answers to one <see cref="WordQuestion{T}"/> by word. The recognisers ask the same
/// questions of nearly every token (which clitic readings begin a known name, is it a nationality, can
/// a time expression start here), and news repeats its words: after the first few thousand articles
/// almost every token is a word already answered, and costs one lookup instead of a dozen.
/// </summary>
/// <remarks>
/// Thread-safe, and bounded: at most <see cref="Capacity"/> words of at most <see cref="MaxLength"/>
/// characters are kept (the first seen, which in news are mostly the frequent ones); any other word is
/// answered afresh each time. The answers must not depend on anything that changes after the first question.
/// </remarks>
internal sealed class WordMemo<T>
{
    public const int Capacity = 1 << 15;
    public const int MaxLength = 48;

    private readonly WordQuestion<T> _question;
    private readonly ConcurrentDictionary<string, T> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _count;

    public WordMemo(WordQuestion<T> question)
    {
        _question = question;
        _lookup = _answers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public T Get(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        var answer = _question(word);
        if (word.Length <= MaxLength && Volatile.Read(ref _count) < Capacity && _lookup.TryAdd(word, answer))
        {
            Interlocked.Increment(ref _count);
        }

        return answer;
    }

    /// <summary>Forgets every answer (for a table still being built).</summary>
    public void Clear()
    {
        _answers.Clear();
        Volatile.Write(ref _count, 0);
    }
}
