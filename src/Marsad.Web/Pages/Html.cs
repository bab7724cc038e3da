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

    /// <summary>An element holding only text.</summary>
    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) => Open(tag, attributes).Text(text).Close(tag);

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
