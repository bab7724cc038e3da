using System.Buffers;

namespace Marsad.Events;

/// <summary>
/// The per-token arrays of one event scan (who is mentioned at each token, which tokens are inside a time
/// expression …), rented from the shared pool rather than allocated for every article: they were most of
/// what the coder allocated. Arrays for very long texts are allocated and left to the collector, so the
/// pool never keeps a giant array alive after the one text that needed it.
/// </summary>
internal static class TokenArrays
{
    private const int MaxPooledLength = 1 << 16;

    /// <summary>An array of at least <paramref name="length"/> items, the first <paramref name="length"/> cleared.</summary>
    public static T[] Rent<T>(int length)
    {
        if (length > MaxPooledLength)
        {
            return new T[length];
        }

        var array = ArrayPool<T>.Shared.Rent(Math.Max(1, length));
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>Gives back an array from <see cref="Rent{T}"/>; its contents are cleared so it holds no reference.</summary>
    public static void Return<T>(T[] array)
    {
        if (array.Length <= MaxPooledLength)
        {
            ArrayPool<T>.Shared.Return(array, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
