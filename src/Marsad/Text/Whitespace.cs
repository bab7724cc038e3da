using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>
/// <see cref="char.IsWhiteSpace(char)"/>, answered without the Unicode category table for the characters from
/// U+0100 to U+167F, none of which is white space: Arabic letters are among them, and the reader, the sentence
/// splitter and the tokenizer ask this of every character of a text.
/// </summary>
internal static class Whitespace
{
    /// <summary>Exactly <see cref="char.IsWhiteSpace(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c) => c < '\u0100' ? char.IsWhiteSpace(c) : c >= '\u1680' && char.IsWhiteSpace(c);
}
