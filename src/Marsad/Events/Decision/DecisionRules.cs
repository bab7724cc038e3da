namespace Marsad.Events.Decision;

/// <summary>
/// The hand rules of the decision: what the cue words right around a trigger say without doubt. Each
/// rule names how far before the trigger its cue may stand (words between the cue's end and the
/// trigger) and whether a clause boundary between them stops it. The first rule that applies decides:
/// <list type="number">
/// <item>a question mark in the sentence, or a question word before the trigger in its clause → hypothetical;</item>
/// <item>a name head right before it (قضية الاغتيال، قانون التظاهر) → dropped;</item>
/// <item>a topic word right before it (التحقيق في الاغتيال، بشأن الهجمات), or a verb of discussing within three
///   words in its clause (بحث الوزيران الهجمات) → dropped;</item>
/// <item>a trial, verdict or punishment within four words in its clause (الحكم بالإعدام، أدين بالقتل) → dropped: the event
///   is the verdict;</item>
/// <item>an accusation within six words, in its clause (اتهمت … بتنفيذ هجمات) → dropped: the event is the accusation;</item>
/// <item>a denial within six words, in its clause → negated; a foiling within three → negated;</item>
/// <item>a generic word within one (أي هجوم، مكافحة العنف) → generic;</item>
/// <item>a purpose within one (لمنع الهجمات) → hypothetical; a condition within six, in its clause → hypothetical;
///   a call, threat or plan within three → hypothetical;</item>
/// <item>a cause right before it (جراء القصف), a response within three words in its clause (أدانت الخارجية الهجوم، ندد بالاعتداء) → background; a relative pronoun within three, in its clause
///   (الطفل الذي دهسته دبابة) → background.</item>
/// <item>a time set by an earlier event: the trigger right after بعد or منذ, or up to three words after it with a
///   preposition right before the trigger (بعد يوم من مقتل) → background;</item>
/// <item>an earlier event that sets the time, بعد or منذ within three words in its clause (بعد يوم من مقتل) → background,
///   unless the trigger is an imperfect verb (منذ الصباح يهتفون: what went on since then);</item>
/// <item>a trigger word that names the people taking part (المتظاهرون), definite or governed by a preposition
///   (a preposition before it or on it: على المتظاهرين) → background: people already told of, or what was done to them.</item>
/// </list>
/// Anything else is kept for the model (or, for the types it was not trained on, kept).
/// </summary>
internal static class DecisionRules
{
    private static readonly (DecisionCue Cue, int Within, bool InClause, DecisionReason Reason, bool Drop)[] Rules =
    [
        (DecisionCue.Question, int.MaxValue, true, DecisionReason.Question, false),
        (DecisionCue.NameHead, 0, true, DecisionReason.Name, true),
        (DecisionCue.Topic, 0, true, DecisionReason.Topic, true),
        (DecisionCue.Discussion, 3, true, DecisionReason.Topic, true),
        (DecisionCue.Verdict, 4, true, DecisionReason.Verdict, true),
        (DecisionCue.Accusation, 6, true, DecisionReason.Accusation, true),
        (DecisionCue.Denial, 6, true, DecisionReason.Denial, false),
        (DecisionCue.Foiled, 3, true, DecisionReason.Foiled, false),
        (DecisionCue.Generic, 1, true, DecisionReason.Generic, false),
        (DecisionCue.Purpose, 1, true, DecisionReason.Purpose, false),
        (DecisionCue.Condition, 6, true, DecisionReason.Condition, false),
        (DecisionCue.Intent, 3, true, DecisionReason.Intent, false),
        (DecisionCue.Cause, 0, true, DecisionReason.Cause, false),
        (DecisionCue.Reaction, 3, true, DecisionReason.Reaction, false),
        (DecisionCue.Commemoration, 3, true, DecisionReason.Commemoration, false),
        (DecisionCue.Relative, 3, true, DecisionReason.Relative, false),
        (DecisionCue.Sequel, 3, true, DecisionReason.Sequel, false),
    ];

    public static EventDecision Judge(EventCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        foreach (var (cue, within, inClause, reason, drop) in Rules)
        {
            if (cue == DecisionCue.Question && QuestionMark(candidate))
            {
                return EventDecision.Marked(reason);
            }

            // A verb after a time (منذ الصباح يهتفون) tells what went on since then, not an event that set the time.
            if (cue == DecisionCue.Sequel && ImperfectVerb(candidate.Words[candidate.TriggerStart]))
            {
                continue;
            }

            if (CueBefore(candidate, cue, within, inClause) >= 0)
            {
                return drop ? EventDecision.Dropped(reason) : EventDecision.Marked(reason);
            }

            // What a call or demand asks for stands behind its preposition however long the caller's name and the
            // time between (دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش أمس إلى وقف إطلاق النار): in its clause.
            if (cue == DecisionCue.Intent && (candidate.Preposition || CueBefore(candidate, DecisionCue.Preposition, 0, true) >= 0)
                && CueBefore(candidate, cue, int.MaxValue, true) >= 0)
            {
                return EventDecision.Marked(reason);
            }
        }

        return Participant(candidate) && (candidate.Definite || HasArticle(candidate.Words[candidate.TriggerStart]) || candidate.Preposition || CueBefore(candidate, DecisionCue.Preposition, 0, true) >= 0)
            ? EventDecision.Marked(DecisionReason.Participant)
            : EventDecision.Kept;
    }

    /// <summary>Whether the trigger's own word names the people taking part (المتظاهرون), not the act.</summary>
    public static bool Participant(EventCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        foreach (var hit in candidate.Cues)
        {
            if (hit.Start >= candidate.TriggerStart)
            {
                return hit.Start == candidate.TriggerStart && hit.Kind == DecisionCue.Participant;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word reads as an imperfect verb of the plural or dual (يهتفون، تحتجان): a prefix ي or ت, after an
    /// optional و or ف, and the ending ون or ان. Told by its letters, without a morphological analysis.
    /// </summary>
    public static bool ImperfectVerb(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.AsSpan();
        if (w.Length > 5 && w[0] is 'و' or 'ف')
        {
            w = w[1..];
        }

        return w.Length >= 5 && w[0] is 'ي' or 'ت' && (w.EndsWith("ون", StringComparison.Ordinal) || w.EndsWith("ان", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a word is written with the article, after an optional و or ف and ب or ك, or as لل (المتظاهرون،
    /// والمحتجين، للمتظاهرين): a trigger listed with its article has no article in its reading.
    /// </summary>
    public static bool HasArticle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.AsSpan();
        if (w.Length > 4 && w[0] is 'و' or 'ف')
        {
            w = w[1..];
        }

        if (w.Length > 4 && w[0] is 'ب' or 'ك' && w[1] == 'ا' && w[2] == 'ل')
        {
            w = w[1..];
        }

        return w.Length > 3 && ((w[0] == 'ا' && w[1] == 'ل') || (w[0] == 'ل' && w[1] == 'ل'));
    }

    /// <summary>
    /// Whether a word read with <paramref name="stripped"/> proclitic letters carries a preposition (ب، ل، ك after
    /// an optional و or ف): بالهجوم، لتفجير، وللمتظاهرين.
    /// </summary>
    public static bool CarriesPreposition(string word, int stripped)
    {
        ArgumentNullException.ThrowIfNull(word);
        var k = 0;
        if (k < stripped && word[k] is 'و' or 'ف')
        {
            k++;
        }

        return k < stripped && word[k] is 'ب' or 'ل' or 'ك';
    }

    /// <summary>
    /// The number of words between the nearest cue of <paramref name="kind"/> before the trigger and the
    /// trigger, when at most <paramref name="within"/> (and, with <paramref name="inClause"/>, no clause
    /// boundary between them); else -1.
    /// </summary>
    public static int CueBefore(EventCandidate candidate, DecisionCue kind, int within, bool inClause)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var best = -1;
        foreach (var hit in candidate.Cues)
        {
            if (hit.End > candidate.TriggerStart)
            {
                break;
            }

            if (hit.Kind == DecisionCue.Boundary && inClause)
            {
                best = -1;
                continue;
            }

            if (hit.Kind == kind && candidate.TriggerStart - hit.End <= within)
            {
                best = candidate.TriggerStart - hit.End;
            }
        }

        return best;
    }

    /// <summary>Whether the sentence is a question: a question mark ends one of its clauses.</summary>
    private static bool QuestionMark(EventCandidate candidate)
    {
        // A loop, not a query: the predicate read the candidate, a closure made for every candidate.
        foreach (var h in candidate.Cues)
        {
            if (h.Kind == DecisionCue.Question && candidate.Words[h.Start].Length == 1 && !char.IsLetter(candidate.Words[h.Start][0]))
            {
                return true;
            }
        }

        return false;
    }
}
