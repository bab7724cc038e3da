using System.Text.Json;

namespace Marsad.Reading;

/// <summary>The fields of one JSON-lines article: id, url, title, published, and text, content or html.</summary>
internal static class JsonArticleFields
{
    /// <summary>The body fields in order of preference, and whether each holds HTML.</summary>
    private static readonly (string Name, bool IsHtml)[] BodyFields = [("text", false), ("content", false), ("html", true)];

    /// <summary>The name of the body field the object has (a string), or null.</summary>
    public static string? TextField(JsonElement article)
    {
        foreach (var (name, _) in BodyFields)
        {
            if (article.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return name;
            }
        }

        return null;
    }

    public static bool IsHtmlField(string name) => string.Equals(name, "html", StringComparison.Ordinal);

    /// <summary>A string field, or a number written invariantly (ids are often numbers); null if absent.</summary>
    public static string? Scalar(JsonElement article, string name)
    {
        if (!article.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()?.Replace('\0', '\uFFFD'), // "\u0000" is valid JSON but no store keeps a NUL
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    /// <summary>Formats an id the same way whatever its JSON type.</summary>
    public static string? Id(JsonElement article) => Scalar(article, "id")?.Trim();
}
