namespace Marsad.Recognition.Entities;

/// <summary>
/// Remembers the answer to one question about the tokens near the scan position. The entity scan asks
/// the same question of a token from several rules (is it a given name, does a cue end before it), and
/// always about tokens a few places around the one it is at; a small window keyed by token index keeps
/// the answers without memory that grows with the text (a 50 MB article has millions of tokens).
/// </summary>
/// <typeparam name="T">The answer.</typeparam>
internal sealed class TokenWindowCache<T>
{
    private const int Slots = 64; // a power of two, far wider than any rule looks around its token

    private readonly int[] _keys = new int[Slots]; // the key + 1, so that 0 marks an empty slot
    private readonly T[] _values = new T[Slots];

    /// <summary>The answer stored for <paramref name="key"/> (a token index, or any non-negative number), if any.</summary>
    public bool TryGet(int key, out T value)
    {
        var slot = key & (Slots - 1);
        if (_keys[slot] == key + 1)
        {
            value = _values[slot];
            return true;
        }

        value = default!;
        return false;
    }

    public T Set(int key, T value)
    {
        var slot = key & (Slots - 1);
        _keys[slot] = key + 1;
        _values[slot] = value;
        return value;
    }
}
