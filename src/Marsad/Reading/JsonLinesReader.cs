using System.Globalization;
using System.Text.Json;

namespace Marsad.Reading;

/// <summary>
/// Splits a JSON-lines input into one article per line. A line that is not a JSON object with a text,
/// content or html field fails alone, with its own source "path#N"; the other lines are still read.
/// </summary>
internal static class JsonLinesReader
{
    /// <summary>One non-blank line: its source name and either its article or why it has none.</summary>
    public sealed record Line(string Source, JsonArticle? Article, string? Error);

    /// <summary>The fields of one article line.</summary>
    public sealed record JsonArticle(string? Id, string? Url, string? Title, string? Published, string Body, bool BodyIsHtml);

    public static IEnumerable<Line> Lines(string source, string text)
    {
        var number = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            number++;
            var line = ParseLine(source, number, text.AsSpan(start, end - start));
            start = end + 1;
            if (line is not null)
            {
                yield return line;
            }
        }
    }

    /// <summary>Line <paramref name="number"/> (from 1) of <paramref name="source"/>, or null when it is blank.</summary>
    public static Line? ParseLine(string source, int number, ReadOnlySpan<char> text)
    {
        var line = text.Trim();
        return line.IsEmpty ? null : Parse(string.Create(CultureInfo.InvariantCulture, $"{source}#{number}"), line);
    }

    /// <summary>
    /// Line <paramref name="number"/> of <paramref name="source"/> as UTF-8 bytes, trimmed and not blank: read as
    /// the same line decoded would be, without decoding it (the JSON reader reads UTF-8).
    /// </summary>
    public static Line ParseLine(string source, int number, ReadOnlyMemory<byte> utf8)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{source}#{number}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            return new Line(name, null, $"not JSON: {e.Message}");
        }

        return Read(name, document);
    }

    private static Line Parse(string source, ReadOnlySpan<char> line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.ToString());
        }
        catch (JsonException e)
        {
            return new Line(source, null, $"not JSON: {e.Message}");
        }

        return Read(source, document);
    }

    // The article fields of a parsed line; disposes the document.
    private static Line Read(string source, JsonDocument document)
    {
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Line(source, null, $"not a JSON object but {root.ValueKind.ToString().ToUpperInvariant()}");
            }

            try
            {
                var field = JsonArticleFields.TextField(root);
                if (field is null)
                {
                    return new Line(source, null, "no text, content or html field (a string)");
                }

                var article = new JsonArticle(
                    JsonArticleFields.Id(root),
                    JsonArticleFields.Scalar(root, "url"),
                    JsonArticleFields.Scalar(root, "title"),
                    JsonArticleFields.Scalar(root, "published"),
                    root.GetProperty(field).GetString() ?? string.Empty,
                    JsonArticleFields.IsHtmlField(field));
                return new Line(source, article, null);
            }
            catch (InvalidOperationException e)
            {
                // A string or name escape that is not text, such as "\ud800" with no low surrogate after it (found by fuzzing).
                return new Line(source, null, $"not JSON text: {e.Message}");
            }
        }
    }
}
