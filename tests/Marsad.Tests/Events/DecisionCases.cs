using Marsad.Events.Decision;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Events;

/// <summary>What the decision tests ask of the real pipeline: the candidates of a sentence we wrote and the rules' verdict on one.</summary>
internal static class DecisionCases
{
    public static MarsadPipeline Pipeline { get; } = MarsadPipeline.CreateDefault();

    public static SourceDocument Document(string text) => new() { Source = "test", Text = text, Published = new DateOnly(2025, 11, 6) };

    public static Analysis Analyze(string text) => Pipeline.Analyze(Document(text));

    /// <summary>The rules' verdict on the one candidate whose trigger starts with the word <paramref name="trigger"/>, the same as the scan's.</summary>
    public static EventDecision RulesOn(string text, string trigger)
    {
        var word = ArabicNormalizer.Normalize(trigger);
        var (candidate, rules) = Assert.Single(Pipeline.EventCandidates(Document(text)), c => c.Candidate.Words[c.Candidate.TriggerStart] == word);
        Assert.Equal(rules, DecisionRules.Judge(candidate));
        return rules;
    }

    /// <summary>The model's features of the one candidate whose trigger starts with the word <paramref name="trigger"/>.</summary>
    public static List<string> FeaturesOf(string text, string trigger)
    {
        var word = ArabicNormalizer.Normalize(trigger);
        var candidate = Assert.Single(Pipeline.EventCandidates(Document(text)), c => c.Candidate.Words[c.Candidate.TriggerStart] == word).Candidate;
        return CandidateFeatures.Of(candidate);
    }

    public static (DecisionVerdict, string?, DecisionReason) Parts(EventDecision d) =>
        (d.Verdict, d.Modality is { } modality ? EventModalities.Name(modality) : null, d.Reason);

    public static (DecisionVerdict, DecisionReason) Verdict(EventDecision d) => (d.Verdict, d.Reason);
}
