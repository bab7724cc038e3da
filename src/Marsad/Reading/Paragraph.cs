using System.Collections.Immutable;

namespace Marsad.Reading;

/// <summary>
/// One paragraph of clean text: its lines, each already whitespace-collapsed, trimmed and non-empty.
/// Every format is reduced to paragraphs first, so text and HTML give the same clean text.
/// </summary>
internal sealed record Paragraph(ImmutableArray<string> Lines)
{
    /// <summary>The paragraph as one line, as a removed piece is reported and paragraph rules read it.</summary>
    public string Joined => Lines.Length == 1 ? Lines[0] : string.Join(' ', Lines);

    /// <summary>Clean text: lines joined by a newline, paragraphs by one blank line.</summary>
    public static string Render(IEnumerable<Paragraph> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(static p => string.Join('\n', p.Lines)));
}
