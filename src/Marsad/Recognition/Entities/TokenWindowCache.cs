using System.Buffers;

namespace Marsad.Recognition.Entities;

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
    private const int Slots = 64; // a power of two, far wider than any rule looks around its token

    private readonly int[] _keys = Rent<int>(); // the key + 1, so that 0 marks an empty slot
    private readonly T[] _values = Rent<T>();

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_keys);
        ArrayPool<T>.Shared.Return(_values, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
    }

    /// <summary>A pooled array of <see cref="Slots"/> cleared items (the pool may hand out a longer one; only the first slots are used).</summary>
    internal static TItem[] Rent<TItem>()
    {
        var array = ArrayPool<TItem>.Shared.Rent(Slots);
        Array.Clear(array, 0, Slots);
        return array;
    }

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
