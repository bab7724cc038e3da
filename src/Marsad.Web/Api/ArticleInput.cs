using System.Text;
using System.Text.Json;
using Marsad.Model;
using Marsad.Reading;
using Microsoft.Net.Http.Headers;

namespace Marsad.Web.Api;

/// <summary>
/// The article of a POST: a JSON object <c>{"text"|"html", "title", "url", "published", "source"}</c>, or the
/// raw article as <c>text/plain</c> or <c>text/html</c> with those fields as query parameters. The body is read
/// up to the size limit and no further (413 past it); the article goes through the same reader as
/// <c>marsad analyze</c> (encoding detection, HTML extraction, boilerplate removal).
/// </summary>
internal static class ArticleInput
{
    public static async Task<SourceDocument> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, limit, cancellationToken).ConfigureAwait(false);
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.ToString() : "";
        if (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return FromJson(body);
        }

        var query = request.Query;
        return Read(
            body,
            Parameters.Text(query, "source") ?? "api",
            isHtml: mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase),
            Parameters.Date(query, "published", upperBound: false),
            Parameters.Text(query, "title"),
            Parameters.Text(query, "url"));
    }

    /// <summary>An article pasted into the page's form (text, optional published date).</summary>
    public static SourceDocument FromForm(string text, string? published) =>
        Read(Encoding.UTF8.GetBytes(text), "pasted", isHtml: false, Parameters.Date("published", published is { Length: > 0 } p ? p.Trim() : null, upperBound: false), null, null);

    /// <summary>
    /// Reads the body up to <paramref name="limit"/> bytes. A larger body is read on and thrown away up to
    /// <see cref="DrainLimit"/> before the 413 is sent, so a client still sending gets the answer rather
    /// than a broken connection; one that asked <c>Expect: 100-continue</c> is answered before it sends.
    /// </summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var waitsToSend = request.Headers.Expect.ToString().Contains("100-continue", StringComparison.OrdinalIgnoreCase);
        if (request.ContentLength > limit)
        {
            if (!waitsToSend && request.ContentLength <= DrainLimit(limit))
            {
                await DrainAsync(request, cancellationToken).ConfigureAwait(false);
            }

            throw new BodyTooLargeException(limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await DrainAsync(request, cancellationToken).ConfigureAwait(false);
                throw new BodyTooLargeException(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>How much of an oversized body is read and discarded before answering 413; Kestrel's own limit.</summary>
    public static long DrainLimit(long limit) => limit * 4;

    private static async Task DrainAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        try
        {
            while (await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (BadHttpRequestException)
        {
            // Past Kestrel's limit (the drain limit) the connection is closed; the 413 is still the answer.
        }

    }

    private static SourceDocument FromJson(byte[] body)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new BadParameterException("body", $"the body is not valid JSON: {e.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new BadParameterException("body", "the body must be a JSON object such as {\"text\": \"…\", \"published\": \"2025-11-06\"}.");
            }

            var text = Field(root, "text");
            var html = Field(root, "html");
            if (text is null && html is null)
            {
                throw new BadParameterException("text", "the JSON object needs a \"text\" (plain text) or \"html\" (a page) field.");
            }

            var isHtml = text is null;
            var content = text ?? (html!.TrimStart().StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) ? html : "<!doctype html>\n" + html);
            return Read(
                Encoding.UTF8.GetBytes(content),
                Field(root, "source") ?? "api",
                isHtml,
                Parameters.Date("published", Field(root, "published"), upperBound: false),
                Field(root, "title"),
                Field(root, "url"));
        }
    }

    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new BadParameterException(name, $"\"{name}\" must be a string.");
    }

    private static SourceDocument Read(byte[] bytes, string source, bool isHtml, DateOnly? published, string? title, string? url)
    {
        if (source.Length > 500)
        {
            throw new BadParameterException("source", "'source' is longer than 500 characters.");
        }

        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            throw new BadParameterException("url", $"'url' takes an absolute http or https URL, not '{url}'.");
        }

        // The reader recognises HTML by its start; a declared page is read as one even when it starts with a fragment.
        var name = isHtml ? source + ".html" : source;
        var results = ArticleReader.Default.Read(name, bytes, new ReaderOptions { Published = published }).ToList();
        var first = results.FirstOrDefault();
        if (first?.Document is not { } document)
        {
            throw new BadParameterException("body", first?.Error ?? "the body holds no article.");
        }

        if (string.IsNullOrWhiteSpace(document.Text))
        {
            throw new BadParameterException("body", "the article has no text once boilerplate is removed.");
        }

        return document with
        {
            Source = source,
            Title = title ?? document.Title,
            Url = url ?? document.Url,
            Published = published ?? document.Published,
        };
    }
}
