using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Model;
using Marsad.Output;
using Marsad.Storage.Clustering;
using Marsad.Storage.Search;

namespace Marsad.Storage;

/// <summary>
/// One analysed document ready to store: the analysis, its JSON (the output contract), its search terms
/// and its MinHash signature. Prepared outside the store's transaction and the same for every backend.
/// </summary>
public sealed record DocumentRecord
{
    public required Analysis Analysis { get; init; }

    /// <summary>The analysis as one <c>marsad.analysis/1</c> JSON line.</summary>
    public required string AnalysisJson { get; init; }

    public string? Url { get; init; }

    public string Format { get; init; } = "text";

    /// <summary>The search terms of title and text, space-joined, as the full-text index holds them.</summary>
    public required string IndexText { get; init; }

    public required uint[] Signature { get; init; }

    /// <summary>When the document was ingested, ISO 8601 UTC, from the injected clock.</summary>
    public required string IngestedAt { get; init; }

    public string Id => Analysis.Id;

    public static DocumentRecord Create(Analysis analysis, SourceDocument document, DateTimeOffset ingestedAt)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(document);
        var textTerms = SearchAnalyzer.Terms(analysis.Text);
        var titleTerms = analysis.Title is null ? [] : SearchAnalyzer.Terms(analysis.Title);
        return new DocumentRecord
        {
            Analysis = analysis,
            AnalysisJson = Json(analysis),
            Url = document.Url,
            Format = document.Format,
            IndexText = SearchAnalyzer.IndexText(titleTerms.Concat(textTerms)),
            Signature = MinHash.Signature([.. textTerms.Select(static t => t.Term)]),
            IngestedAt = ingestedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
    }

    private static string Json(Analysis analysis)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, AnalysisJsonWriter.WriterOptions()))
        {
            AnalysisJsonWriter.Write(writer, analysis);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
