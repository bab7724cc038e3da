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
    public static ArticleReader Default { get; } = new();

    /// <summary>Reads one input. Plain text and HTML give one result, JSON lines one per line.</summary>
    public IEnumerable<ReadResult> Read(string source, ReadOnlyMemory<byte> bytes, ReaderOptions options)
    {
        throw new NotImplementedException("stub: implemented on the reading branch");
    }
}
