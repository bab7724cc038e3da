namespace Marsad.Reading;

/// <summary>
/// Recognises UTF-16 without a BOM from its byte pattern. Arabic text in UTF-16 is almost entirely
/// Arabic letters (high byte 06) and ASCII spaces, digits and punctuation (high byte 00), with a few
/// general punctuation marks (high byte 20, e.g. the en dash) and presentation forms (FB–FE).
/// </summary>
internal static class Utf16Sniffer
{
    private const int SampleBytes = 8192;

    /// <summary>The share of code units that must look like text for the guess to hold.</summary>
    private const double Threshold = 0.9;

    /// <summary>True and the byte order if <paramref name="bytes"/> look like UTF-16 text.</summary>
    public static bool TryDetect(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..(Math.Min(bytes.Length, SampleBytes) & ~1)];
        var units = sample.Length / 2;
        if (units == 0)
        {
            return false;
        }

        int little = 0, big = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            little += LooksLikeText(high: sample[i + 1], low: sample[i]) ? 1 : 0;
            big += LooksLikeText(high: sample[i], low: sample[i + 1]) ? 1 : 0;
        }

        if (Math.Max(little, big) < units * Threshold)
        {
            return false;
        }

        bigEndian = big > little;
        return true;
    }

    private static bool LooksLikeText(byte high, byte low) => high switch
    {
        // Basic Latin and Latin-1, but not NUL and not control characters other than tab, LF, CR, FF.
        0x00 => low is >= 0x20 or 0x09 or 0x0A or 0x0C or 0x0D,
        0x06 or 0x20 or 0xFB or 0xFC or 0xFD or 0xFE => true,
        _ => false,
    };
}
