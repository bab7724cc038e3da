using Marsad.Model;

namespace Marsad.Events.Decision;

/// <summary>
/// The event-mention decision, one pass between trigger candidates and arguments: the hand rules
/// (<see cref="DecisionRules"/>) first, where the cue words say it plainly; then, for a candidate the
/// rules keep and whose modality still says it happened, the model of its type, which drops it when its
/// sentence does not read as a report of it. Types the model was not trained on follow the rules alone.
/// Frozen and thread-safe.
/// </summary>
internal sealed class EventDecider(EventModel model)
{
    public static EventDecider Default { get; } = new(EventModel.Embedded);

    public EventModel Model { get; } = model;

    public EventDecision Decide(EventCandidate candidate)
    {
        var rules = DecisionRules.Judge(candidate);
        if (rules.Verdict != DecisionVerdict.Keep || !Model.Judges(candidate.Event) || !SaysItHappened(candidate))
        {
            return rules;
        }

        return Model.Probability(candidate) >= Model.Thresholds[PloverTypes.Name(candidate.Event)] ? rules : EventDecision.Dropped(DecisionReason.Model);
    }

    private static bool SaysItHappened(EventCandidate candidate) => EventDecision.SaysItHappened(candidate.Modality);
}
