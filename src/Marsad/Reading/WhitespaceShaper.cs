using System.Collections.Immutable;
using System.Text;
using Marsad.Text;

namespace Marsad.Reading;

/// <summary>
/// The one place that decides the shape of clean text: line endings, spaces, lines and paragraphs.
/// Characters other than whitespace are kept as they are, because later offsets point into this text.
/// </summary>
internal static class WhitespaceShaper
{
    /// <summary>Collapses runs of whitespace (spaces, tabs, no-break spaces, …) to one space and trims.</summary>
    public static string CollapseLine(string line)
    {
        if (!NeedsCollapse(line))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (Whitespace.Is(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            // A NUL (from UTF-16 input or a JSON "\u0000") becomes U+FFFD, as HTML parsers do: PostgreSQL text cannot hold it.
            builder.Append(c == '\0' ? '\uFFFD' : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Splits plain text into paragraphs: CRLF and CR become LF, blank lines (or lines of only
    /// whitespace) separate paragraphs, and the other lines are collapsed and kept in order.
    /// </summary>
    public static List<Paragraph> Paragraphs(string text)
    {
        var paragraphs = new List<Paragraph>();
        var lines = ImmutableArray.CreateBuilder<string>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            var lineEnd = end < 0 ? text.Length : start + end;
            var line = CollapseLine(text[start..lineEnd]);
            if (line.Length == 0)
            {
                Flush(paragraphs, lines);
            }
            else
            {
                lines.Add(line);
            }

            if (end < 0)
            {
                break;
            }

            // CRLF is one line ending; a lone CR is one too.
            start = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        Flush(paragraphs, lines);
        return paragraphs;
    }

    /// <summary>Ends the paragraph being built, if it has any lines.</summary>
    public static void Flush(List<Paragraph> paragraphs, ImmutableArray<string>.Builder lines)
    {
        if (lines.Count > 0)
        {
            paragraphs.Add(new Paragraph(lines.ToImmutable()));
            lines.Clear();
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> is already in the shape <see cref="Paragraphs"/> and a render of them
    /// give it: '\n' alone ends a line, every line is collapsed and non-empty but the one blank line between
    /// two paragraphs. Such a text with nothing removed renders as itself, so the reader keeps the string.
    /// </summary>
    public static bool IsShaped(string text)
    {
        var rest = text.AsSpan();
        var blankBefore = true; // the text may not start with a blank line
        while (true)
        {
            var end = rest.IndexOfAny('\r', '\n');
            if (end >= 0 && rest[end] == '\r')
            {
                return false;
            }

            var line = end < 0 ? rest : rest[..end];
            if (line.IsEmpty ? blankBefore || end < 0 : NeedsCollapse(line))
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            blankBefore = line.IsEmpty;
            rest = rest[(end + 1)..];
        }
    }

    private static bool NeedsCollapse(ReadOnlySpan<char> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\0' || (Whitespace.Is(line[i]) && (line[i] != ' ' || i == 0 || i == line.Length - 1 || line[i + 1] == ' ')))
            {
                return true;
            }
        }

        return false;
    }
}
