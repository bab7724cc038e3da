using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// A trie over token sequences whose nodes are looked up by <see cref="ReadOnlySpan{T}"/> of chars, so
/// walking it over a text allocates nothing. Built once, then only read (safe to share between threads).
/// </summary>
internal sealed class TokenTrie<T>
{
    public Node Root { get; } = new();

    /// <summary>
    /// The clitic readings of a text word (<see cref="NameKey.FirstWordKeys"/>) that begin a key of this
    /// trie, in reading order, each with the node it reaches: what looking every reading up with
    /// <see cref="NameKey.TryFirst{T}"/> gives. Most words begin nothing and cost no allocation.
    /// </summary>
    /// <remarks>
    /// Remembering the answer per word (a concurrent dictionary shared by the workers) was tried and
    /// measured slower than asking again: the dictionary's hashing and locking cost more than the few
    /// frozen lookups it saved (docs/PERFORMANCE.md).
    /// </remarks>
    public ReadOnlySpan<Hit> FirstWordHits(ReadOnlySpan<char> word)
    {
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        var count = NameKey.FirstWordKeys(word, readings);
        Hit[]? hits = null;
        var found = 0;
        foreach (var reading in readings[..count])
        {
            if (NameKey.TryFirst(Root, word, reading, out var node))
            {
                (hits ??= new Hit[count])[found++] = new Hit(reading, node);
            }
        }

        return hits is null ? [] : hits.AsSpan(0, found);
    }

    public void Add(IReadOnlyList<string> key, T value)
    {
        if (key.Count == 0)
        {
            return;
        }

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

        /// <summary>The children by the token that leads to each.</summary>
        public IEnumerable<KeyValuePair<string, Node>> Children => (IEnumerable<KeyValuePair<string, Node>>?)_children ?? [];

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
