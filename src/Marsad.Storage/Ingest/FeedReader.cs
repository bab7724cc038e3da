using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Marsad.Model;
using Marsad.Reading;
using ReaderOptions = Marsad.Reading.ReaderOptions;

namespace Marsad.Storage.Ingest;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item, its text the item's full content
/// (<c>content:encoded</c> or Atom <c>content</c>) or else its summary (<c>description</c>, <c>summary</c>),
/// cleaned by <see cref="ArticleReader"/> as HTML; title, link and date from the item.
/// </summary>
/// <remarks>
/// Element names are matched by local name, so the many namespace spellings of real feeds all read.
/// DTDs are refused (no entity expansion). An item's source is the feed's source and the item's number,
/// <c>feed.xml#3</c>, as JSON lines are <c>file#line</c>. Linked pages are not fetched.
/// </remarks>
public static partial class FeedReader
{
    /// <summary>
    /// True when the bytes start like a feed: an <c>rss</c>, <c>feed</c> or <c>rdf:RDF</c> root element, or a
    /// DOCTYPE naming one (which the reader then refuses: feeds never need a DTD, and a DTD is how entity
    /// bombs and external entities get in).
    /// </summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 2048)]).Replace("\0", "", StringComparison.Ordinal);
        return FeedStart().IsMatch(head);
    }

    public static IEnumerable<ReadResult> Read(string source, byte[] bytes, ReaderOptions options)
    {
        var (items, failure) = ReadItems(source, bytes, options);
        return failure is not null ? [failure] : [.. items.Select(static i => i.Result)];
    }

    /// <summary>
    /// The feed's items with what a watcher needs besides the article: a key that stays the same while the
    /// item does (its guid, else its link, else a hash of its title and body), its link, and whether it carried
    /// the full text or only a summary. A feed that cannot be read gives no items and the failure.
    /// </summary>
    public static (IReadOnlyList<FeedItem> Items, ReadResult? Failure) ReadItems(string source, byte[] bytes, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        XDocument document;
        try
        {
            using var stream = new MemoryStream(bytes);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(xml);
        }
        catch (XmlException e)
        {
            return ([], ReadResult.Failure(source, $"not a well-formed feed: {e.Message}"));
        }

        var items = document.Descendants().Where(static e => e.Name.LocalName is "item" or "entry").ToList();
        if (items.Count == 0)
        {
            return ([], ReadResult.Failure(source, "feed holds no items"));
        }

        return ([.. items.Select((item, i) => Item($"{source}#{i + 1}", item, options))], null);
    }

    private static FeedItem Item(string source, XElement item, ReaderOptions options)
    {
        var link = Link(item);
        var full = Child(item, "encoded") ?? Child(item, "content");
        var guid = item.Elements().FirstOrDefault(static e => e.Name.LocalName is "guid" or "id" && !string.IsNullOrWhiteSpace(e.Value))?.Value.Trim();
        var key = guid ?? link ?? "sha256:" + Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Child(item, "title")?.Value + "\n" + (full ?? Child(item, "description") ?? Child(item, "summary"))?.Value)));
        return new FeedItem(key, link, full is not null, ReadItem(source, item, options));
    }

    private static ReadResult ReadItem(string source, XElement item, ReaderOptions options)
    {
        var title = Child(item, "title")?.Value.Trim();
        var body = Child(item, "encoded")?.Value ?? Child(item, "content")?.Value ?? Child(item, "description")?.Value ?? Child(item, "summary")?.Value;
        if (string.IsNullOrWhiteSpace(body))
        {
            return ReadResult.Failure(source, "feed item has no content or description");
        }

        var link = Link(item);
        var published = ParseDate(Child(item, "pubDate")?.Value ?? Child(item, "published")?.Value ?? Child(item, "date")?.Value ?? Child(item, "updated")?.Value);
        var html = "<html><body><article>" + body + "</article></body></html>";
        var read = ArticleReader.Default.Read(source, Encoding.UTF8.GetBytes(html), options).First();
        if (read.Document is not { } article)
        {
            return read;
        }

        return ReadResult.Success(article with
        {
            Title = string.IsNullOrWhiteSpace(title) ? article.Title : title,
            Url = link ?? article.Url,
            Published = published ?? article.Published ?? options.Published,
            Format = "feed",
        });
    }

    private static XElement? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName && !string.IsNullOrWhiteSpace(e.Value));

    private static string? Link(XElement item)
    {
        foreach (var link in item.Elements().Where(static e => e.Name.LocalName == "link"))
        {
            var href = link.Attribute("href")?.Value;
            var rel = link.Attribute("rel")?.Value;
            if (href is not null && (rel is null or "alternate"))
            {
                return href.Trim();
            }

            if (href is null && !string.IsNullOrWhiteSpace(link.Value))
            {
                return link.Value.Trim();
            }
        }

        return item.Elements().FirstOrDefault(static e => e.Name.LocalName == "guid")?.Value.Trim() is { } guid && guid.StartsWith("http", StringComparison.Ordinal) ? guid : null;
    }

    /// <summary>RFC 822 (RSS: <c>Thu, 06 Nov 2025 10:00:00 +0300</c>) or ISO 8601 (Atom); the date as written in the feed's own offset.</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        text = DayName().Replace(text, "");
        text = Rfc822Zone().Replace(text, static m => m.Groups[1].Value + m.Groups[2].Value + ":" + m.Groups[3].Value);
        text = text.Replace(" GMT", " +00:00", StringComparison.Ordinal).Replace(" UT", " +00:00", StringComparison.Ordinal);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp)
            ? DateOnly.FromDateTime(stamp.DateTime)
            : null;
    }

    [GeneratedRegex(@"\A(\uFEFF)?\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*(<\?xml-stylesheet[^>]*\?>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE\s+|<)(rss|feed|rdf:RDF)\b", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FeedStart();

    [GeneratedRegex(@"^[A-Za-z]{3},\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DayName();

    [GeneratedRegex(@"(\s)([+-]\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822Zone();
}

/// <summary>One item of a feed: its stable key, its link, whether it carried its full text, and the article read from it.</summary>
public sealed record FeedItem(string Key, string? Link, bool FullContent, ReadResult Result);
