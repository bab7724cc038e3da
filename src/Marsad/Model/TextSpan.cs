namespace Marsad.Model;

/// <summary>
/// A half-open range [Start, End) of UTF-16 indices into a document's clean <c>text</c>.
/// Output converts these to code-point offsets (see <see cref="Output.CodePointIndex"/>).
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public string Slice(string text) => text[Start..End];
}
