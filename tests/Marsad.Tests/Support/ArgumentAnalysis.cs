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

    // The rules alone decide which candidates become events: for a test of an argument, not of the event model's threshold.
    private static readonly MarsadPipeline RulesAlone = new MarsadPipelineBuilder { EventModel = Marsad.Events.Decision.EventModel.None }.Build();

    public static Analysis Analyze(string text) =>
        Pipeline.Analyze(new SourceDocument { Source = "test", Text = text, Published = new DateOnly(2025, 11, 6) });

    /// <summary>The analysis with the event decision's rules alone (no model): the arguments of a candidate the model may drop.</summary>
    public static Analysis AnalyzeByRules(string text) =>
        RulesAlone.Analyze(new SourceDocument { Source = "test", Text = text, Published = new DateOnly(2025, 11, 6) });

    /// <summary>The country of entity <paramref name="id"/>, or the id itself when it has none (a country is its own).</summary>
    public static string Country(Analysis analysis, string id) =>
        analysis.Entities.FirstOrDefault(e => e.Id == id)?.Country ?? id;

    public static List<EventRecord> Of(Analysis analysis, PloverType type) => [.. analysis.Events.Where(e => e.Event == type)];
}
