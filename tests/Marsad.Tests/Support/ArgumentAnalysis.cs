using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Tests.Support;

/// <summary>
/// What the event-argument tests ask of an analysis: the real default pipeline on a text published on
/// Thursday 2025-11-06, the country of an entity, and the events of one type.
/// </summary>
internal static class ArgumentAnalysis
{
    private static readonly MarsadPipeline Pipeline = MarsadPipeline.CreateDefault();

    public static Analysis Analyze(string text) =>
        Pipeline.Analyze(new SourceDocument { Source = "test", Text = text, Published = new DateOnly(2025, 11, 6) });

    /// <summary>The country of entity <paramref name="id"/>, or the id itself when it has none (a country is its own).</summary>
    public static string Country(Analysis analysis, string id) =>
        analysis.Entities.FirstOrDefault(e => e.Id == id)?.Country ?? id;

    public static List<EventRecord> Of(Analysis analysis, PloverType type) => [.. analysis.Events.Where(e => e.Event == type)];
}
