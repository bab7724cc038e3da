namespace Marsad.Recognition.Tagging;

/// <summary>The entity types the tagger learns: the coarse classes of ANERcorp (MISC is left to the rules).</summary>
public enum NerType
{
    Pers,
    Loc,
    Org,
}

/// <summary>
/// The tagger's BIO tags as small integers: 0 is O, then B and I of each <see cref="NerType"/>
/// (1 B-PERS, 2 I-PERS, 3 B-LOC, 4 I-LOC, 5 B-ORG, 6 I-ORG). Integers, because the weights are a table
/// indexed by tag and the decoder loops over them.
/// </summary>
public static class NerTags
{
    public const int O = 0;

    /// <summary>How many tags there are.</summary>
    public const int Count = 7;

    /// <summary>The row width of the weight table: tags padded to 8 so a feature's weights are one aligned block.</summary>
    public const int Stride = 8;

    public static int Begin(NerType type) => 1 + (2 * (int)type);

    public static int Inside(NerType type) => 2 + (2 * (int)type);

    public static bool IsBegin(int tag) => tag != O && tag % 2 == 1;

    public static bool IsInside(int tag) => tag != O && tag % 2 == 0;

    public static NerType TypeOf(int tag) => tag == O ? throw new ArgumentOutOfRangeException(nameof(tag)) : (NerType)((tag - 1) / 2);

    /// <summary>
    /// The BIO constraint: an I- tag only follows the B- or I- of its own type. The decoder never
    /// considers a forbidden pair, so every output is a well-formed chunk sequence.
    /// </summary>
    public static bool Allowed(int previous, int tag) => AllowedPairs[(previous * Count) + tag];

    // Allowed, worked out once: the decoder asks it for every pair of tags at every token.
    private static readonly bool[] AllowedPairs = [.. Enumerable.Range(0, Count * Count).Select(static k =>
        !IsInside(k % Count) || (k / Count != O && TypeOf(k / Count) == TypeOf(k % Count)))];

    /// <summary>Whether a sequence may start with <paramref name="tag"/> (never with an I-).</summary>
    public static bool AllowedFirst(int tag) => !IsInside(tag);

    /// <summary>The corpus name of a type: PERS, LOC, ORG.</summary>
    public static string CorpusName(NerType type) => type switch
    {
        NerType.Pers => "PERS",
        NerType.Loc => "LOC",
        _ => "ORG",
    };

    /// <summary>The type of a corpus name (PERS, LOC, ORG); null for any other (MISC is not learned).</summary>
    public static NerType? FromCorpusName(ReadOnlySpan<char> name) => name switch
    {
        "PERS" => NerType.Pers,
        "LOC" => NerType.Loc,
        "ORG" => NerType.Org,
        _ => null,
    };

    /// <summary>The IOB2 string of a tag (O, B-PERS, I-LOC...).</summary>
    public static string Name(int tag) => tag == O ? "O" : (IsBegin(tag) ? "B-" : "I-") + CorpusName(TypeOf(tag));
}
