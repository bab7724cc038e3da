using System.Collections.Frozen;

namespace Marsad.Reading;

/// <summary>What HTML tags mean for text extraction (structure of the HTML language, not site knowledge).</summary>
internal static class HtmlTags
{
    /// <summary>Elements whose content is never visible text; dropped without being reported.</summary>
    public static FrozenSet<string> Invisible { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "head", "title", "meta", "link");

    /// <summary>Elements that start and end a paragraph.</summary>
    public static FrozenSet<string> Blocks { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "body", "html");
}
