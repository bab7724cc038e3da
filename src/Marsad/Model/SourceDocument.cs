using System.Collections.Immutable;

namespace Marsad.Model;

/// <summary>
/// What a reader makes of one article: its clean text and the metadata the input carried.
/// Immutable; the pipeline reads it and never changes it.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Where the article came from: a path, <c>-</c> for standard input, or <c>path#line</c> for JSON lines.</summary>
    public required string Source { get; init; }

    /// <summary>The clean article text: paragraphs separated by a blank line, no boilerplate.</summary>
    public required string Text { get; init; }

    /// <summary>An identifier the input gave (JSON lines <c>id</c>), if any.</summary>
    public string? InputId { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    /// <summary>The publication date the input carried, or the one given with <c>--published</c>.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The input format that was recognised: <c>text</c>, <c>html</c> or <c>jsonl</c>.</summary>
    public string Format { get; init; } = "text";

    /// <summary>The character encoding the bytes were decoded from, e.g. <c>utf-8</c> or <c>windows-1256</c>.</summary>
    public string? Encoding { get; init; }

    public ImmutableArray<RemovedPiece> Removed { get; init; } = [];
}
