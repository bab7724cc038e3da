using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// A trie over token sequences whose nodes are looked up by <see cref="ReadOnlySpan{T}"/> of chars, so
/// walking it over a text allocates nothing. Built once, then only read (safe to share between threads).
/// </summary>
internal sealed class TokenTrie<T>
{
    private readonly WordMemo<Hit[]> _firstWordHits;

    public TokenTrie()
    {
        _firstWordHits = new WordMemo<Hit[]>(FindFirstWordHits);
    }

    public Node Root { get; } = new();

    /// <summary>
    /// The clitic readings of a text word (<see cref="NameKey.FirstWordKeys"/>) that begin a key of this
    /// trie, in reading order, each with the node it reaches: what looking every reading up with
    /// <see cref="NameKey.TryFirst{T}"/> gives. The recognisers ask this of nearly every token, of
    /// several tries, and most words begin nothing; the answer depends on the word alone, so it is
    /// remembered per word (<see cref="WordMemo{T}"/>).
    /// </summary>
    public ReadOnlySpan<Hit> FirstWordHits(ReadOnlySpan<char> word) => _firstWordHits.Get(word);

    private Hit[] FindFirstWordHits(ReadOnlySpan<char> word)
    {
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        List<Hit>? hits = null;
        foreach (var reading in readings[..NameKey.FirstWordKeys(word, readings)])
        {
            if (NameKey.TryFirst(Root, word, reading, out var node))
            {
                (hits ??= []).Add(new Hit(reading, node));
            }
        }

        return hits is null ? [] : [.. hits];
    }

    public void Add(IReadOnlyList<string> key, T value)
    {
        if (key.Count == 0)
        {
            return;
        }

        // Built before it is read; a word remembered before a key was added could miss that key.
        _firstWordHits.Clear();

        var node = Root;
        foreach (var token in key)
        {
            node = node.GetOrAddChild(token);
        }

        node.AddValue(value);
    }

    /// <summary>A reading of a word that begins a key, and the node it reaches.</summary>
    public readonly record struct Hit(CliticReading Reading, Node Node);

    internal sealed class Node
    {
        private Dictionary<string, Node>? _children;

        // The span lookup of _children, made once with it: looked up for nearly every word of every text.
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private List<T>? _values;

        public IReadOnlyList<T> Values => (IReadOnlyList<T>?)_values ?? [];

        public bool HasValues => _values is { Count: > 0 };

        public bool TryGetChild(ReadOnlySpan<char> token, out Node child)
        {
            if (_children is not null && _lookup.TryGetValue(token, out var found))
            {
                child = found;
                return true;
            }

            child = null!;
            return false;
        }

        internal Node GetOrAddChild(string token)
        {
            if (_children is null)
            {
                _children = new Dictionary<string, Node>(StringComparer.Ordinal);
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!_children.TryGetValue(token, out var child))
            {
                child = new Node();
                _children.Add(token, child);
            }

            return child;
        }

        internal void AddValue(T value)
        {
            _values ??= [];
            if (!_values.Contains(value))
            {
                _values.Add(value);
            }
        }
    }
}
