using System.Collections.Immutable;

namespace Marsad.Model;

/// <summary>
/// The one immutable product of the pipeline for one document. Everything downstream
/// (output, store, search, API, evaluation) reads this and nothing else.
/// All spans are UTF-16 indices into <see cref="Text"/>.
/// </summary>
public sealed record Analysis
{
    public const string SchemaName = "marsad.analysis/1";

    /// <summary>Lower-case SHA-256 hex of the UTF-8 bytes of <see cref="Text"/>.</summary>
    public required string Id { get; init; }

    public required string Source { get; init; }

    /// <summary>The input's own identifier of the document (a JSON line's <c>id</c>), or null when it gave none.</summary>
    public string? SourceId { get; init; }

    public string? Title { get; init; }

    /// <summary>ISO 639-1 code of the dominant script's language, or null for an empty text.</summary>
    public string? Language { get; init; }

    public DateOnly? Published { get; init; }

    public required string Text { get; init; }

    public ImmutableArray<RemovedPiece> Removed { get; init; } = [];

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    public ImmutableArray<EntityRecord> Entities { get; init; } = [];

    public ImmutableArray<TimeExpression> Times { get; init; } = [];

    public ImmutableArray<Quantity> Quantities { get; init; } = [];

    public ImmutableArray<EventRecord> Events { get; init; } = [];
}
