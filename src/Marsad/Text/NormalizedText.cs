using System.Buffers;
using Marsad.Model;

namespace Marsad.Text;

/// <summary>
/// A text normalised by <see cref="ArabicNormalizer"/> together with the way back to the original.
/// The map is stored as runs of constant offset (original index − normalised index), so its size grows
/// with the number of edits, not with the length of the text: a 50 MB article without diacritics
/// needs one run.
/// </summary>
public sealed class NormalizedText
{
    // The text is normalised in chunks so the scratch buffers stay small for any input size. A combining
    // hamza folds into the last letter written before it, even across removed marks (و + fatha + hamza
    // → ؤ), so a chunk is extended over every following character that writes nothing (marks, controls,
    // tatweel, combining hamza) and over the low half of a surrogate pair. Those extensions write at most
    // one character, so the scratch buffers still suffice, and chunking never changes the result.
    private const int ChunkSize = 16 * 1024;

    private readonly int[] _runStarts;
    private readonly int[] _runOffsets;

    private NormalizedText(string original, string value, int[] runStarts, int[] runOffsets)
    {
        Original = original;
        Value = value;
        _runStarts = runStarts;
        _runOffsets = runOffsets;
    }

    /// <summary>The text as it was given.</summary>
    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Value { get; }

    /// <summary>How many runs of constant offset the map holds (for tests and diagnostics).</summary>
    public int RunCount => _runStarts.Length;

    public static NormalizedText Create(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var runStarts = new List<int>();
        var runOffsets = new List<int>();
        var output = new PooledChars(original.Length);
        var chunk = Math.Min(ChunkSize, Math.Max(1, original.Length));
        var destination = ArrayPool<char>.Shared.Rent(chunk * ArabicNormalizer.MaxExpansion + ArabicNormalizer.MaxExpansion);
        var map = ArrayPool<int>.Shared.Rent(destination.Length);
        try
        {
            var start = 0;
            var currentOffset = int.MinValue;
            while (start < original.Length)
            {
                var end = Math.Min(original.Length, start + chunk);
                while (end < original.Length && ContinuesChunk(original, end))
                {
                    end++;
                }

                NormalizeChunk(original, start, end, ref output, destination, map, runStarts, runOffsets, ref currentOffset);
                start = end;
            }

            return new NormalizedText(original, new string(output.Written), [.. runStarts], [.. runOffsets]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(destination);
            ArrayPool<int>.Shared.Return(map);
            output.Return();
        }
    }

    private static bool ContinuesChunk(string text, int index) =>
        ArabicNormalizer.IsIgnorable(text[index])
        || (char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]));

    private static void NormalizeChunk(
        string original, int start, int end, ref PooledChars output, char[] destination, int[] map,
        List<int> runStarts, List<int> runOffsets, ref int currentOffset)
    {
        var written = ArabicNormalizer.Normalize(original.AsSpan(start, end - start), destination, map);
        for (var k = 0; k < written; k++)
        {
            var normIndex = output.Length + k;
            var offset = (map[k] + start) - normIndex;
            if (offset != currentOffset)
            {
                runStarts.Add(normIndex);
                runOffsets.Add(offset);
                currentOffset = offset;
            }
        }

        output.Append(destination.AsSpan(0, written));
    }

    /// <summary>The normalised text as it grows, in a buffer rented from the pool when it is not too long to pool.</summary>
    private struct PooledChars(int capacity)
    {
        private char[] _items = PooledArrays.Rent<char>(Math.Max(16, capacity));

        public int Length { get; private set; }

        public readonly ReadOnlySpan<char> Written => _items.AsSpan(0, Length);

        public void Append(ReadOnlySpan<char> chars)
        {
            if (Length + chars.Length > _items.Length)
            {
                var larger = PooledArrays.Rent<char>(Math.Max(_items.Length * 2, Length + chars.Length));
                Written.CopyTo(larger);
                PooledArrays.Return(_items);
                _items = larger;
            }

            chars.CopyTo(_items.AsSpan(Length));
            Length += chars.Length;
        }

        public readonly void Return() => PooledArrays.Return(_items);
    }

    /// <summary>The original index of the normalised character at <paramref name="normIndex"/>.</summary>
    public int ToOriginal(int normIndex)
    {
        var run = 0;
        return ToOriginal(normIndex, ref run);
    }

    /// <summary>
    /// The original span behind the normalised range [normStart, normEnd). The end includes the removed
    /// characters (diacritics, tatweel) that follow the last character, so a mention keeps its marks.
    /// </summary>
    public TextSpan ToOriginalSpan(int normStart, int normEnd)
    {
        var run = 0;
        return ToOriginalSpan(normStart, normEnd, ref run);
    }

    /// <summary>
    /// <see cref="ToOriginalSpan(int, int)"/> for callers that walk the text from left to right (the
    /// tokenizer): <paramref name="run"/> remembers where the last lookup ended, so each lookup moves on
    /// from there instead of searching all runs again. Any value is safe; 0 is the usual start.
    /// </summary>
    internal TextSpan ToOriginalSpan(int normStart, int normEnd, ref int run)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normStart, normEnd);
        var start = ToOriginal(normStart, ref run);
        if (normEnd == normStart)
        {
            return new TextSpan(start, start);
        }

        var lastStart = ToOriginal(normEnd - 1, ref run);
        var end = Math.Max(lastStart + 1, ToOriginal(normEnd, ref run));
        return new TextSpan(start, end);
    }

    private int ToOriginal(int normIndex, ref int run)
    {
        if (normIndex >= Value.Length)
        {
            return Original.Length;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(normIndex);

        // Runs start in increasing order and the first starts at 0. Walk forward a few runs from the hint;
        // when the hint is behind by many runs or ahead of the index, search.
        if ((uint)run >= (uint)_runStarts.Length || _runStarts[run] > normIndex)
        {
            run = FindRun(normIndex);
        }

        for (var steps = 0; run + 1 < _runStarts.Length && _runStarts[run + 1] <= normIndex; steps++)
        {
            if (steps == 8)
            {
                run = FindRun(normIndex);
                break;
            }

            run++;
        }

        return normIndex + _runOffsets[run];
    }

    private int FindRun(int normIndex)
    {
        var run = Array.BinarySearch(_runStarts, normIndex);
        return run < 0 ? ~run - 1 : run;
    }
}
