using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// A trie over token sequences whose nodes are looked up by <see cref="ReadOnlySpan{T}"/> of chars, so
/// walking it over a text allocates nothing. Built once, then only read (safe to share between threads).
/// </summary>
internal sealed class TokenTrie<T>
{
    public Node Root { get; } = new();

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

    internal sealed class Node
    {
        private Dictionary<string, Node>? _children;

        // One bit per child (ChildBit): a token whose bit is clear is no child, found without hashing it.
        // Most steps of a walk over a text end there, as the next word continues no key.
        private ulong _childBits;

        // The span lookup of _children, made once with it: looked up for nearly every word of every text.
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private List<T>? _values;

        public IReadOnlyList<T> Values => (IReadOnlyList<T>?)_values ?? [];

        public bool HasValues => _values is { Count: > 0 };

        /// <summary>The children by the token that leads to each.</summary>
        public IEnumerable<KeyValuePair<string, Node>> Children => (IEnumerable<KeyValuePair<string, Node>>?)_children ?? [];

        public bool TryGetChild(ReadOnlySpan<char> token, out Node child)
        {
            if ((_childBits & ChildBit(token)) != 0 && _lookup.TryGetValue(token, out var found))
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
                _childBits |= ChildBit(token);
            }

            return child;
        }

        // A token's bit among 64, from its length and its first and last characters: tokens that differ in
        // any of these mostly differ in their bit.
        private static ulong ChildBit(ReadOnlySpan<char> token) =>
            token.IsEmpty ? 1UL : 1UL << ((token.Length + (token[0] * 7) + (token[^1] * 13)) & 63);

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
