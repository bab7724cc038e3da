using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// The window the entity scan keeps answers for: the tokens around its position, in slots by token index,
/// with storage rented from the shared pool (a scan is made for every article).
/// </summary>
internal static class TokenWindow
{
    /// <summary>How many tokens a window holds: a power of two, far wider than any rule looks around its token.</summary>
    public const int Slots = 64;

    /// <summary>The slot of token (or key) <paramref name="key"/>.</summary>
    public static int SlotOf(int key) => key & (Slots - 1);

    /// <summary>A pooled array of <see cref="Slots"/> cleared items (the pool may hand out a longer one; only the first slots are used).</summary>
    public static T[] Rent<T>() => PooledArrays.RentCleared<T>(Slots);
}

/// <summary>
/// Remembers the answer to one question about the tokens near the scan position. The entity scan asks
/// the same question of a token from several rules (is it a given name, does a cue end before it), and
/// always about tokens a few places around the one it is at; a small window keyed by token index keeps
/// the answers without memory that grows with the text (a 50 MB article has millions of tokens). Its
/// storage is rented from the shared pool, as a scan is made for every article: <see cref="Dispose"/> gives it back.
/// </summary>
/// <typeparam name="T">The answer.</typeparam>
internal sealed class TokenWindowCache<T> : IDisposable
{
    private readonly int[] _keys = TokenWindow.Rent<int>(); // the key + 1, so that 0 marks an empty slot
    private readonly T[] _values = TokenWindow.Rent<T>();

    public void Dispose()
    {
        PooledArrays.Return(_keys);
        PooledArrays.Return(_values);
    }

    /// <summary>The answer stored for <paramref name="key"/> (a token index, or any non-negative number), if any.</summary>
    public bool TryGet(int key, out T value)
    {
        var slot = TokenWindow.SlotOf(key);
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
        var slot = TokenWindow.SlotOf(key);
        _keys[slot] = key + 1;
        _values[slot] = value;
        return value;
    }
}
