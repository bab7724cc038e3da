namespace Marsad.Recognition.Numbers;

/// <summary>A number read from a run of tokens: its value and the tokens [<see cref="Start"/>, <see cref="End"/>) it took.</summary>
/// <param name="Value">The value: 21 for واحد وعشرين, 3500000000 for 3.5 مليار, 19 for التاسع عشر.</param>
/// <param name="Start">The index of the first token read.</param>
/// <param name="End">The index after the last token read.</param>
/// <param name="IsOrdinal">Whether the number is an ordinal (الأول، التاسع عشر، الحادي والعشرين).</param>
/// <param name="IsDigits">Whether it begins with digits (70، ٧٠، 3.5 مليار) rather than words.</param>
public readonly record struct ArabicNumber(decimal Value, int Start, int End, bool IsOrdinal, bool IsDigits)
{
    /// <summary>How many tokens the number took.</summary>
    public int TokenCount => End - Start;
}
