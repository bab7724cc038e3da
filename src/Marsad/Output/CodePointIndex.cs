namespace Marsad.Output;

/// <summary>
/// Converts UTF-16 indices (how .NET strings count) to Unicode code-point indices (how the output
/// contract and Python count). Only characters outside the Basic Multilingual Plane (emoji, some
/// CJK) differ, so a text without surrogate pairs converts by identity and stores nothing.
/// </summary>
public sealed class CodePointIndex
{
    // UTF-16 indices of the low surrogate of every pair, ascending.
    private readonly int[] _lowSurrogates;

    public CodePointIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lows = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                lows.Add(i);
            }
        }

        _lowSurrogates = [.. lows];
    }

    /// <summary>The code-point index of the character at UTF-16 index <paramref name="utf16Index"/>.</summary>
    public int ToCodePoint(int utf16Index)
    {
        if (_lowSurrogates.Length == 0)
        {
            return utf16Index;
        }

        // Every low surrogate before the index is a UTF-16 unit that is not a code point of its own.
        var before = Array.BinarySearch(_lowSurrogates, utf16Index);
        if (before < 0)
        {
            before = ~before;
        }

        return utf16Index - before;
    }

    /// <summary>
    /// The UTF-16 index where code point <paramref name="codePoint"/> starts (the inverse of
    /// <see cref="ToCodePoint"/>), for reading offsets of the contract back.
    /// </summary>
    public int ToUtf16(int codePoint)
    {
        // The k-th pair's high surrogate is code point L[k] - 1 - k, increasing in k; the index moves one
        // unit further for every pair that starts before the code point.
        int low = 0, high = _lowSurrogates.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_lowSurrogates[middle] - 1 - middle < codePoint)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return codePoint + low;
    }
}
