using System.Buffers;
using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>
/// Working arrays rented from the shared pool rather than allocated for every article: the tokenizer's and the
/// normaliser's buffers and the event scan's per-token arrays were most of what the pipeline allocated.
/// </summary>
/// <remarks>
/// An array longer than <see cref="MaxPooledLength"/> is allocated and left to the collector, and is not given
/// back: the shared pool keeps what it is given (up to a billion items, several per core), so one 50 MB
/// article would otherwise leave hundreds of megabytes in the pool for the rest of the run.
/// </remarks>
internal static class PooledArrays
{
    /// <summary>65,536 items: a news article's tokens or characters fit many times over.</summary>
    public const int MaxPooledLength = 1 << 16;

    /// <summary>An array of at least <paramref name="length"/> items, holding whatever it held before.</summary>
    public static T[] Rent<T>(int length) =>
        length > MaxPooledLength ? new T[length] : ArrayPool<T>.Shared.Rent(Math.Max(1, length));

    /// <summary>An array of at least <paramref name="length"/> items, the first <paramref name="length"/> cleared.</summary>
    public static T[] RentCleared<T>(int length)
    {
        if (length > MaxPooledLength)
        {
            return new T[length];
        }

        var array = ArrayPool<T>.Shared.Rent(Math.Max(1, length));
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>
    /// Gives back an array from <see cref="Rent{T}"/> or <see cref="RentCleared{T}"/>; an array that holds
    /// references is cleared first, so the pool keeps no object alive.
    /// </summary>
    public static void Return<T>(T[] array)
    {
        if (array.Length <= MaxPooledLength)
        {
            ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
