using Marsad.Model;

namespace Marsad.Events.Decision;

/// <summary>What becomes of a candidate.</summary>
public enum DecisionVerdict
{
    /// <summary>The sentence reports the occurrence: an event.</summary>
    Keep,

    /// <summary>An event, with a modality saying why it is not simply something that happened.</summary>
    KeepMarked,

    /// <summary>No event: the trigger names something that is not an occurrence the sentence tells.</summary>
    Drop,
}

/// <summary>Why the decision went as it did.</summary>
public enum DecisionReason
{
    /// <summary>Nothing says otherwise: the sentence reports it.</summary>
    Report,

    /// <summary>A kind of event, not one occurrence (أي هجوم، مكافحة الإرهاب): modality generic.</summary>
    Generic,

    /// <summary>What someone is accused of (اتهمهم بارتكاب تفجيرات): the event is the accusation; dropped.</summary>
    Accusation,

    /// <summary>What someone denies: modality negated.</summary>
    Denial,

    /// <summary>An act prevented (أحبطت هجوما): modality negated.</summary>
    Foiled,

    /// <summary>Asked about, not told: modality hypothetical.</summary>
    Question,

    /// <summary>What an act is meant to bring about or prevent (لمنع الهجمات): modality hypothetical.</summary>
    Purpose,

    /// <summary>A condition (إذا تعرضت لهجوم): modality hypothetical.</summary>
    Condition,

    /// <summary>Called for, threatened or planned (دعا إلى التظاهر): modality hypothetical.</summary>
    Intent,

    /// <summary>The name of a case, law, place or day (قضية الاغتيال، قانون التظاهر، ساحة الاحتجاج): dropped.</summary>
    Name,

    /// <summary>A subject discussed or investigated (بحث الهجمات، التحقيق في الاغتيال): dropped.</summary>
    Topic,

    /// <summary>What a trial, verdict or punishment judges (الحكم بالإعدام، أدين بالقتل): the event is the verdict; dropped.</summary>
    Verdict,

    /// <summary>A past act remembered (إحياء ذكرى المجزرة): recalled, not told as news; modality background.</summary>
    Commemoration,

    /// <summary>Mentioned in passing in a relative clause (الطفل الذي دهسته دبابة): modality background.</summary>
    Relative,

    /// <summary>The cause of what the sentence reports (قتل جراء القصف): modality background.</summary>
    Cause,

    /// <summary>What a response answers (أدان الهجوم، ندد بالاغتيال): the event is the response; modality background.</summary>
    Reaction,

    /// <summary>A time set by an earlier event (بعد الهجوم، منذ الاغتيال): the event is recalled to date what the sentence reports; modality background.</summary>
    Sequel,

    /// <summary>
    /// The trigger names the people taking part, definite or governed by a preposition (رفع المتظاهرون لافتات،
    /// أطلقت الشرطة النار على المتظاهرين): an event already told, or what was done to its people; modality background.
    /// </summary>
    Participant,

    /// <summary>The learned model judged that the sentence does not report it: dropped.</summary>
    Model,
}

/// <summary>The decision on one candidate: keep, keep with a modality, or drop, and why.</summary>
/// <param name="Modality">For <see cref="DecisionVerdict.KeepMarked"/>: the contract's modality value.</param>
public sealed record EventDecision(DecisionVerdict Verdict, EventModality? Modality, DecisionReason Reason)
{
    public static EventDecision Kept { get; } = new(DecisionVerdict.Keep, null, DecisionReason.Report);

    /// <summary>The contract's value of <paramref name="reason"/> when the candidate is kept marked.</summary>
    public static EventDecision Marked(DecisionReason reason) => new(DecisionVerdict.KeepMarked, ModalityOf(reason), reason);

    public static EventDecision Dropped(DecisionReason reason) => new(DecisionVerdict.Drop, null, reason);

    /// <summary>
    /// Whether an event's modality leaves it among the things that happened: none, <c>historical</c> or
    /// <c>reported</c> (not future, negated, hypothetical, generic or background). What a user counting
    /// occurrences keeps, and what the detection evaluation counts.
    /// </summary>
    public static bool SaysItHappened(IEnumerable<EventModality> modality)
    {
        ArgumentNullException.ThrowIfNull(modality);
        return modality.All(static m => m is EventModality.Historical or EventModality.Reported);
    }

    /// <summary>
    /// The modality a reason marks: <c>generic</c>, <c>negated</c>, <c>hypothetical</c> or <c>background</c>.
    /// </summary>
    public static EventModality? ModalityOf(DecisionReason reason) => reason switch
    {
        DecisionReason.Generic => EventModality.Generic,
        DecisionReason.Denial or DecisionReason.Foiled => EventModality.Negated,
        DecisionReason.Question or DecisionReason.Purpose or DecisionReason.Condition or DecisionReason.Intent => EventModality.Hypothetical,
        DecisionReason.Relative or DecisionReason.Cause or DecisionReason.Reaction or DecisionReason.Commemoration or DecisionReason.Participant or DecisionReason.Sequel => EventModality.Background,
        _ => null,
    };
}
