using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;

namespace Marsad.Reading;

/// <summary>
/// Turns the visible text of an HTML subtree into paragraphs: block elements (p, h1–h6, li,
/// blockquote, div…) are paragraphs, &lt;br&gt; ends a line and two in a row end a paragraph, as a
/// blank line does in plain text. Whitespace is then shaped exactly as for plain text.
/// </summary>
internal sealed class HtmlParagraphWriter
{
    private readonly List<Paragraph> _paragraphs = [];
    private readonly ImmutableArray<string>.Builder _lines = ImmutableArray.CreateBuilder<string>();
    private readonly StringBuilder _line = new();
    private readonly INode? _skip;

    private HtmlParagraphWriter(INode? skip) => _skip = skip;

    /// <summary>The paragraphs of <paramref name="root"/>, leaving out the subtree <paramref name="skip"/> if given.</summary>
    public static List<Paragraph> Write(INode root, INode? skip = null)
    {
        var writer = new HtmlParagraphWriter(skip);
        writer.Visit(root, preformatted: false);
        writer.EndParagraph();
        return writer._paragraphs;
    }

    /// <summary>The visible text of <paramref name="root"/> on one line, as a removed piece reports it.</summary>
    public static string VisibleText(INode root) =>
        string.Join(' ', Write(root).SelectMany(static p => p.Lines));

    private void Visit(INode node, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            if (ReferenceEquals(child, _skip))
            {
                EndParagraph();
                continue;
            }

            switch (child)
            {
                case IText text:
                    AppendText(text.Data, preformatted);
                    break;
                case IElement element:
                    VisitElement(element, preformatted);
                    break;
            }
        }
    }

    private void VisitElement(IElement element, bool preformatted)
    {
        var tag = element.LocalName;
        if (HtmlTags.Invisible.Contains(tag))
        {
            return;
        }

        if (string.Equals(tag, "br", StringComparison.Ordinal))
        {
            LineBreak();
            return;
        }

        var block = HtmlTags.Blocks.Contains(tag);
        if (block)
        {
            EndParagraph();
        }

        Visit(element, preformatted || string.Equals(tag, "pre", StringComparison.Ordinal));

        if (block)
        {
            EndParagraph();
        }
    }

    private void AppendText(string data, bool preformatted)
    {
        if (!preformatted)
        {
            // Outside <pre>, a newline in the source is just whitespace.
            _line.Append(data);
            return;
        }

        var parts = data.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                LineBreak();
            }

            _line.Append(parts[i].TrimEnd('\r'));
        }
    }

    /// <summary>Ends the line; an empty line (a second &lt;br&gt;) ends the paragraph, like a blank line in text.</summary>
    private void LineBreak()
    {
        var line = WhitespaceShaper.CollapseLine(_line.ToString());
        _line.Clear();
        if (line.Length == 0)
        {
            WhitespaceShaper.Flush(_paragraphs, _lines);
        }
        else
        {
            _lines.Add(line);
        }
    }

    private void EndParagraph()
    {
        var line = WhitespaceShaper.CollapseLine(_line.ToString());
        _line.Clear();
        if (line.Length > 0)
        {
            _lines.Add(line);
        }

        WhitespaceShaper.Flush(_paragraphs, _lines);
    }
}
