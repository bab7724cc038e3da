using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Marsad.Reading;

/// <summary>
/// Reads title, canonical URL, publication date and language from an HTML page: Open Graph and
/// article meta tags first, then the page's own structure (h1, &lt;time&gt;), then JSON-LD.
/// </summary>
internal static class HtmlMetadataReader
{
    /// <summary>Meta tags that carry the publication date, most specific first.</summary>
    private const string PublishedMeta =
        "meta[property='article:published_time'], meta[itemprop=datePublished], meta[name=pubdate], " +
        "meta[name=publishdate], meta[name='article:published_time'], meta[name=date], meta[name='dc.date']";

    public static HtmlMetadata Read(IHtmlDocument document)
    {
        var jsonLd = JsonLd(document);
        var title = Meta(document, "meta[property='og:title'], meta[name='og:title']")
            ?? Text(document.QuerySelector("article h1, [itemprop=articleBody] h1, main h1") ?? document.QuerySelector("h1"))
            ?? FindString(jsonLd, "headline")
            ?? Clean(document.Title);
        var url = Attribute(document.QuerySelector("link[rel~=canonical]"), "href")
            ?? Meta(document, "meta[property='og:url'], meta[name='og:url']")
            ?? FindString(jsonLd, "url");
        var published = PublishedDate.Parse(Meta(document, PublishedMeta))
            ?? PublishedDate.Parse(FindString(jsonLd, "datePublished"))
            ?? PublishedDate.Parse(Attribute(document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[datetime]"), "datetime"));
        var language = Clean(document.DocumentElement.GetAttribute("lang"));
        return new HtmlMetadata(title, url, published, language);
    }

    private static string? Meta(IDocument document, string selector) => Attribute(document.QuerySelector(selector), "content");

    private static string? Attribute(IElement? element, string name) => Clean(element?.GetAttribute(name));

    private static string? Text(IElement? element) => element is null ? null : Clean(HtmlParagraphWriter.VisibleText(element));

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var collapsed = WhitespaceShaper.CollapseLine(value);
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>The JSON-LD blocks of the page that parse; a broken block is skipped, not fatal.</summary>
    private static List<JsonElement> JsonLd(IDocument document)
    {
        var blocks = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var parsed = JsonDocument.Parse(script.TextContent);
                blocks.Add(parsed.RootElement.Clone());
            }
            catch (JsonException)
            {
                // A page with broken structured data still has an article.
            }
        }

        return blocks;
    }

    /// <summary>The first string value of <paramref name="property"/> anywhere in the JSON-LD (objects, arrays, @graph).</summary>
    private static string? FindString(List<JsonElement> blocks, string property)
    {
        foreach (var block in blocks)
        {
            if (FindString(block, property) is { } found)
            {
                return Clean(found);
            }
        }

        return null;
    }

    private static string? FindString(JsonElement element, string property)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }

                foreach (var member in element.EnumerateObject())
                {
                    if (FindString(member.Value, property) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindString(item, property) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
