using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Decision;

/// <summary>
/// One trigger hit as the decision sees it: what it would code and where it stands. Words are the
/// normalised tokens of its sentence (punctuation included); the trigger covers words
/// [<see cref="TriggerStart"/>, <see cref="TriggerEnd"/>). Built by the event scan, read by the decision
/// and by the model's features; holds nothing of the scan.
/// </summary>
/// <param name="Event">The PLOVER type the trigger codes to.</param>
/// <param name="Rule">The trigger's id in data/rules/event-triggers.tsv.</param>
/// <param name="Words">The sentence's normalised tokens.</param>
/// <param name="TriggerStart">The trigger's first word.</param>
/// <param name="TriggerEnd">One past the trigger's last word.</param>
/// <param name="Definite">Whether the trigger's first word carries the article (الهجوم, a verbal noun or a name, rarely a verb).</param>
/// <param name="HasActor">Whether the scan found who did it.</param>
/// <param name="HasRecipient">Whether the scan found to whom.</param>
/// <param name="DatedByText">Whether the sentence's own time expression dates it.</param>
/// <param name="Modality">The modality the scan's own words and date gave it (future, negated, historical …).</param>
/// <param name="EarlierTriggers">The PLOVER types of the triggers before it in its sentence, distinct, sorted ordinally by name.</param>
internal sealed record EventCandidate(
    PloverType Event,
    string Rule,
    ImmutableArray<string> Words,
    int TriggerStart,
    int TriggerEnd,
    bool Definite,
    bool HasActor,
    bool HasRecipient,
    bool DatedByText,
    ImmutableArray<EventModality> Modality,
    ImmutableArray<PloverType> EarlierTriggers)
{
    /// <summary>The cue phrases of the sentence, found once for every reader of the candidate.</summary>
    public ImmutableArray<CueHit> Cues { get; init; } = [];

    /// <summary>Whether the trigger's word carries a preposition (بالهجوم، لتفجير، للمتظاهرين): it is governed by something else in its sentence.</summary>
    public bool Preposition { get; init; }

    /// <summary>Whether a place is named in the trigger's clause (في بغداد): an act told with where it happened.</summary>
    public bool Placed { get; init; }

    /// <summary>The sentence's words [Start, End) between the trigger and its nearest entity mention ((-1, -1): the sentence names none).</summary>
    public (int Start, int End) EntityGap { get; init; } = (-1, -1);

    /// <summary>The sentence's word-feature weights, shared by the candidates of one sentence (null: summed per candidate).</summary>
    public SentenceWeights? SentenceWeights { get; init; }
}
