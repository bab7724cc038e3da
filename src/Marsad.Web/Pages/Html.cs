using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Marsad.Web.Pages;

/// <summary>
/// Writes HTML. Text and attribute values always go through the HTML encoder (which keeps Arabic readable
/// and escapes &lt; &gt; &amp; and quotes); only the constant markup of this project's own pages is written raw.
/// </summary>
internal sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _builder = new();

    /// <summary>An opening tag with attributes; an attribute whose value is null is left out.</summary>
    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _builder.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _builder.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
            }
        }

        _builder.Append('>');
        return this;
    }

    public Html Close(string tag)
    {
        _builder.Append("</").Append(tag).Append('>');
        return this;
    }

    // Elements whose content is not laid out as markup (the tab's title, form values): their text goes as it is.
    private static readonly HashSet<string> PlainTextTags = new(["title", "textarea", "option"], StringComparer.Ordinal);

    /// <summary>An element holding only text, written by <see cref="Say"/> (or as it is where markup cannot stand).</summary>
    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        PlainTextTags.Contains(tag) ? Open(tag, attributes).Text(text).Close(tag) : Open(tag, attributes).Say(text).Close(tag);

    /// <summary>
    /// Text of the pages' own, isolated for right-to-left pages: in a text that has Arabic, each English gloss
    /// after " · " goes in <c>&lt;span class="en"&gt;</c> (isolated left to right by the stylesheet), and every
    /// other run of Latin letters, with the digits and punctuation around it, in <c>&lt;bdi&gt;</c>; so "6
    /// documents" and "Israel (ISR)" keep their order whatever stands around them. The article's own text is
    /// written by <see cref="Text"/>.
    /// </summary>
    public Html Say(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        var segments = text.Split(" · ");
        var hasArabic = text.AsSpan().ContainsAnyInRange('\u0600', '\u06FF');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                Text(" · ");
            }

            var segment = segments[i];
            if (hasArabic && i > 0 && !segment.AsSpan().ContainsAnyInRange('\u0600', '\u06FF') && segment.AsSpan().IndexOfAnyInRange('A', 'z') >= 0)
            {
                Open("span", ("class", "en")).Text(segment).Close("span");
            }
            else
            {
                Isolated(segment);
            }
        }

        return this;
    }

    // Writes the text with each run of Latin script (ASCII and arrows, trimmed of spaces, holding a letter) in <bdi>.
    private void Isolated(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && IsLatinRun(text[i]))
            {
                i++;
            }

            var run = text.AsSpan(start, i - start);
            var trimmed = run.Trim(RunEdges);
            if (trimmed.ContainsAnyInRange('A', 'Z') || trimmed.ContainsAnyInRange('a', 'z'))
            {
                var lead = run.Length - run.TrimStart(RunEdges).Length;
                Text(text.Substring(start, lead)).Open("bdi").Text(trimmed.ToString()).Close("bdi").Text(run[(lead + trimmed.Length)..].ToString());
            }
            else
            {
                Text(run.ToString());
            }

            start = i;
            while (i < text.Length && !IsLatinRun(text[i]))
            {
                i++;
            }

            Text(text[start..i]);
        }
    }

    // What a run of Latin script does not start or end with: spaces and the dashes that join it to Arabic.
    private const string RunEdges = " —–";

    private static bool IsLatinRun(char c) => c < '\u0080' || c is '→' or '⇄' or '—' or '–';

    public Html Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _builder.Append(Encoder.Encode(text));
        }

        return this;
    }

    /// <summary>Constant markup written by this project (never data).</summary>
    public Html Markup(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    public Html Link(string href, string text, string? @class = null) => Element("a", text, ("href", href), ("class", @class));

    public override string ToString() => _builder.ToString();

    /// <summary>A query string from names and values, values URL-escaped; null and empty values are left out.</summary>
    public static string Query(string path, params (string Name, string? Value)[] values)
    {
        var parts = values.Where(static v => !string.IsNullOrEmpty(v.Value)).Select(static v => v.Name + "=" + Uri.EscapeDataString(v.Value!)).ToList();
        return parts.Count == 0 ? path : path + "?" + string.Join('&', parts);
    }
}
