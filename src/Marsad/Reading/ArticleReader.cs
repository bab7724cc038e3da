using System.Text;
using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Reading;

/// <summary>What the caller knows about an input beyond its bytes.</summary>
public sealed record ReaderOptions
{
    /// <summary>The publication date to use where the input carries none (<c>--published</c>).</summary>
    public DateOnly? Published { get; init; }
}

/// <summary>One article read from an input, or the reason it could not be read.</summary>
public sealed record ReadResult
{
    public required string Source { get; init; }

    public SourceDocument? Document { get; init; }

    /// <summary>Why the input (or this line of it) could not be read; null on success.</summary>
    public string? Error { get; init; }

    public static ReadResult Success(SourceDocument document) => new() { Source = document.Source, Document = document };

    public static ReadResult Failure(string source, string error) => new() { Source = source, Error = error };
}

/// <summary>
/// Turns the bytes of one input into articles: detects the format by content (plain text, HTML,
/// JSON lines) and the encoding, reads metadata and removes boilerplate. Frozen and thread-safe.
/// </summary>
public sealed class ArticleReader
{
    private readonly BoilerplateRuleSet _rules;

    private ArticleReader(BoilerplateRuleSet rules) => _rules = rules;

    /// <summary>The reader with the boilerplate rules shipped in data/rules/boilerplate.tsv.</summary>
    public static ArticleReader Default { get; } = new(BoilerplateRuleSet.Default);

    /// <summary>Reads one input. Plain text and HTML give one result, JSON lines one per line.</summary>
    public IEnumerable<ReadResult> Read(string source, ReadOnlyMemory<byte> bytes, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);

        var decoded = TextDecoder.Decode(bytes.Span);
        if (!decoded.IsSuccess)
        {
            return [ReadResult.Failure(source, decoded.Error!)];
        }

        var format = FormatDetector.Detect(source, decoded.Text);
        return format == InputFormat.JsonLines
            ? ReadJsonLines(source, decoded, options)
            : [ReadResult.Success(ReadArticle(source, decoded.Text, format == InputFormat.Html, decoded.EncodingName, options.Published, format))];
    }

    /// <summary>
    /// Reads a JSON-lines stream one line at a time, so a corpus of any size is read in constant memory:
    /// the same results, line for line, as <see cref="Read"/> gives for the whole input. The stream is
    /// UTF-8 (as JSON requires), or UTF-16 with a byte-order mark; a byte that is not UTF-8 is read as U+FFFD.
    /// </summary>
    public IEnumerable<ReadResult> ReadJsonLines(string source, Stream stream, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        using var lines = new Utf8LineReader(stream);
        var number = 0;
        if (lines.WideMark)
        {
            using var reader = new StreamReader(lines.Rest(), Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            foreach (var text in LinesEndedByNewline(reader))
            {
                number++;
                if (JsonLinesReader.ParseLine(source, number, text) is { } line)
                {
                    yield return FromLine(line, reader.CurrentEncoding.WebName, options);
                }
            }

            yield break;
        }

        while (lines.Next())
        {
            number++;
            if (ParseUtf8Line(source, number, lines.Current) is { } line)
            {
                yield return FromLine(line, Utf8.WebName, options);
            }
        }
    }

    // UTF-8 that reads a byte it cannot decode as U+FFFD, as the text of a JSON-lines stream is read.
    private static readonly UTF8Encoding Utf8 = new(false, false);

    /// <summary>
    /// A line of UTF-8 bytes read as its decoded text would be (<see cref="JsonLinesReader.ParseLine(string, int, ReadOnlySpan{char})"/>):
    /// valid UTF-8 that starts and ends, past white space, in ASCII (a JSON line's braces) is parsed as the bytes it
    /// is; anything else (a byte that is not UTF-8, white space outside ASCII at an end) is decoded first, as before.
    /// </summary>
    private static JsonLinesReader.Line? ParseUtf8Line(string source, int number, ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        var start = 0;
        var end = span.Length;
        while (start < end && span[start] < 0x80 && char.IsWhiteSpace((char)span[start]))
        {
            start++;
        }

        while (end > start && span[end - 1] < 0x80 && char.IsWhiteSpace((char)span[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return null;
        }

        return span[start] < 0x80 && span[end - 1] < 0x80 && System.Text.Unicode.Utf8.IsValid(span[start..end])
            ? JsonLinesReader.ParseLine(source, number, bytes[start..end])
            : JsonLinesReader.ParseLine(source, number, Utf8.GetString(span));
    }

    /// <summary>
    /// The lines of a stream, ended by '\n' only, as JSON lines are and as the whole-input reader splits them:
    /// StreamReader.ReadLine also ends a line at a lone '\r', which JSON reads as whitespace inside a line
    /// (fuzzing found the two readers numbering and reading such a file differently).
    /// </summary>
    private static IEnumerable<string> LinesEndedByNewline(StreamReader reader)
    {
        var buffer = new char[1 << 16];
        var line = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            int newline;
            while ((newline = Array.IndexOf(buffer, '\n', start, read - start)) >= 0)
            {
                line.Append(buffer, start, newline - start);
                yield return line.ToString();
                line.Clear();
                start = newline + 1;
            }

            line.Append(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private IEnumerable<ReadResult> ReadJsonLines(string source, DecodeResult decoded, ReaderOptions options) =>
        JsonLinesReader.Lines(source, decoded.Text).Select(line => FromLine(line, decoded.EncodingName, options));

    private ReadResult FromLine(JsonLinesReader.Line line, string encoding, ReaderOptions options)
    {
        if (line.Article is not { } article)
        {
            return ReadResult.Failure(line.Source, line.Error!);
        }

        var document = ReadArticle(line.Source, article.Body, article.BodyIsHtml, encoding, options.Published, InputFormat.JsonLines);

        // The line's own fields win over what its body says, and both over the caller's option.
        return ReadResult.Success(document with
        {
            InputId = article.Id,
            Url = article.Url ?? document.Url,
            Title = article.Title is null ? document.Title : WhitespaceShaper.CollapseLine(article.Title),
            Published = PublishedDate.Parse(article.Published) ?? document.Published,
        });
    }

    /// <summary>One article from text or HTML: paragraphs, boilerplate out, clean text rendered.</summary>
    private SourceDocument ReadArticle(string source, string text, bool isHtml, string encoding, DateOnly? fallbackPublished, InputFormat format)
    {
        var removed = ImmutableArray.CreateBuilder<RemovedPiece>();
        HtmlMetadata? metadata = null;
        string clean;
        if (!isHtml && WhitespaceShaper.IsShaped(text) && !BoilerplateFilter.RemovesFromShaped(text, _rules))
        {
            // Plain text already in its clean shape, with nothing to remove, renders as itself: the string is
            // kept, neither split into lines nor rendered again (two copies of it, most of what reading allocated).
            clean = text;
        }
        else
        {
            List<Paragraph> paragraphs;
            if (isHtml)
            {
                (metadata, paragraphs) = HtmlArticleExtractor.Extract(text, _rules, removed);
            }
            else
            {
                paragraphs = WhitespaceShaper.Paragraphs(text);
            }

            clean = Paragraph.Render(BoilerplateFilter.Apply(paragraphs, _rules, removed));
        }

        return new SourceDocument
        {
            Source = source,
            Text = clean,
            Url = metadata?.Url,
            Title = metadata?.Title,
            Published = metadata?.Published ?? fallbackPublished,
            Format = format.Name(),
            Encoding = encoding,
            Removed = removed.ToImmutable(),
        };
    }
}
