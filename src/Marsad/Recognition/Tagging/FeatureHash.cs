namespace Marsad.Recognition.Tagging;

/// <summary>
/// Features are hashed, not interned: a feature is its template number hashed together with the
/// characters it reads (FNV-1a, 32 bits), straight from the normalised text, so extracting them allocates
/// no strings. The model folds the hash into its table (<see cref="NerModel.Bucket"/>); a collision only
/// shares a weight.
/// </summary>
public static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The hash of a text alone; a feature over it is <see cref="Mix"/> of its template and this, so a word is hashed once however many features read it.</summary>
    public static uint Word(ReadOnlySpan<char> text) => Add(Offset, text);

    public static uint Of(FeatureTemplate template, ReadOnlySpan<char> text) => Mix(Start(template), Word(text));

    public static uint Of(FeatureTemplate template, int value) => Mix(Start(template), (uint)value);

    public static uint Of(FeatureTemplate template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Mix(Mix(Start(template), Word(first)), Word(second));

    public static uint Start(FeatureTemplate template) => Mix(Offset, (uint)template);

    public static uint Add(uint hash, ReadOnlySpan<char> text)
    {
        // A char is 16 bits: one FNV step each, where Mix takes two for a 32-bit value.
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    public static uint Mix(uint hash, uint value)
    {
        hash = (hash ^ (value & 0xFFFF)) * Prime;
        return (hash ^ (value >> 16)) * Prime;
    }
}
