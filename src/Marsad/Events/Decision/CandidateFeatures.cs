using System.Globalization;

namespace Marsad.Events.Decision;

/// <summary>
/// The named binary features of a candidate for the event model: the trigger's rule and first word and
/// whether it carries the article; the words right before and after it; for each kind of cue word, how
/// far before the trigger it stands in its clause, whether it comes after it in its clause, and whether
/// the sentence has one at all; whether the scan found an actor, a recipient and a date of the sentence's
/// own; the modality already found; where in the sentence the trigger stands; the types of the triggers
/// before it. Each feature is given twice, alone and prefixed by the event type, so the types share what
/// they have in common and keep what they do not.
/// </summary>
internal static class CandidateFeatures
{
    private static readonly DecisionCue[] Kinds = Enum.GetValues<DecisionCue>();

    private static readonly string[] KindNames = [.. Kinds.Select(static k => k.ToString())];

    private static readonly string[] Lengths = ["0", "1", "2", "3"];

    /// <summary>The candidate's features as strings (for training).</summary>
    public static List<string> Of(EventCandidate candidate)
    {
        var features = new List<string>(160);
        Each(candidate, f => features.Add(f.ToString()));
        return features;
    }

    /// <summary>
    /// Hands each feature's name to <paramref name="emit"/>, valid only during the call: the model sums
    /// its weights by span lookup, so scoring a candidate makes no strings.
    /// </summary>
    /// <remarks>
    /// With <paramref name="sentenceWords"/>, the sentence-word features are not emitted but handed over
    /// at their place in the order as one call: the model sums their weights once per sentence and type
    /// (<see cref="SentenceWeights"/>), where every candidate of the sentence would hash them again.
    /// </remarks>
    public static void Each(EventCandidate candidate, Action<ReadOnlySpan<char>> emit, Action<EventCandidate>? sentenceWords = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(emit);
        var c = candidate;
        var f = new FeatureText(c.Event, emit);
        f.Both("bias", "");
        f.Both("rule=", c.Rule);
        f.Both("word=", c.Words[c.TriggerStart]);
        f.Both(c.Definite ? "definite" : "bare", "");
        f.Both("length=", Lengths[Math.Min(c.TriggerEnd - c.TriggerStart, 3)]);
        f.Both("before1=", c.TriggerStart >= 1 ? c.Words[c.TriggerStart - 1] : "^");
        f.Both("before2=", c.TriggerStart >= 2 ? c.Words[c.TriggerStart - 2] : "^");
        f.Both("after1=", c.TriggerEnd < c.Words.Length ? c.Words[c.TriggerEnd] : "$");

        // The words around it, and the sentence's words, for its type alone: what a sentence is about
        // (sport, a court, a film) says much of whether its trigger words report a deed.
        for (var k = Math.Max(0, c.TriggerStart - 3); k < Math.Min(c.Words.Length, c.TriggerEnd + 3); k++)
        {
            if (k < c.TriggerStart || k >= c.TriggerEnd)
            {
                f.Typed("near=", c.Words[k]);
            }
        }

        // (A word the sentence repeats counts each time: a bag of words, not a set, found without a set.)
        if (sentenceWords is not null)
        {
            sentenceWords(c);
        }
        else
        {
            foreach (var word in c.Words)
            {
                f.Typed("sentence-word=", word);
            }
        }

        for (var n = 0; n < Kinds.Length; n++)
        {
            var kind = Kinds[n];
            var before = DecisionRules.CueBefore(c, kind, int.MaxValue, inClause: true);
            if (before >= 0)
            {
                f.Both("cue-before=", KindNames[n], Bucket(before));
            }

            if (InSentence(c, kind))
            {
                f.Both("cue-in-sentence=", KindNames[n]);
            }

            if (CueAfterInClause(c, kind))
            {
                f.Both("cue-after=", KindNames[n]);
            }
        }

        f.Both(c.HasActor ? "actor" : "no-actor", "");
        f.Both(c.HasRecipient ? "recipient" : "no-recipient", "");
        f.Both(c.DatedByText ? "dated" : "undated", "");
        foreach (var modality in c.Modality)
        {
            f.Both("modality=", modality);
        }

        var clause = DecisionRules.CueBefore(c, DecisionCue.Boundary, int.MaxValue, inClause: false);
        f.Both(clause < 0 ? "first-clause" : "later-clause", "");
        f.Both("clause-place=", Bucket(clause < 0 ? c.TriggerStart : clause));
        f.Both("place=", Lengths[c.TriggerStart * 4 / Math.Max(1, c.Words.Length)]);
        f.Both("sentence=", c.Words.Length < 20 ? "short" : c.Words.Length < 45 ? "medium" : "long");
        foreach (var earlier in c.EarlierTriggers)
        {
            f.Both("earlier=", earlier);
        }
    }

    private static bool InSentence(EventCandidate c, DecisionCue kind)
    {
        foreach (var hit in c.Cues)
        {
            if (hit.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    private static string Bucket(int distance) => distance switch
    {
        0 => "@0",
        1 => "@1",
        <= 3 => "@2-3",
        <= 6 => "@4-6",
        _ => "@far",
    };

    private static bool CueAfterInClause(EventCandidate c, DecisionCue kind)
    {
        foreach (var hit in c.Cues)
        {
            if (hit.Start < c.TriggerEnd)
            {
                continue;
            }

            if (hit.Kind == kind)
            {
                return true;
            }

            if (hit.Kind == DecisionCue.Boundary)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Writes feature names into one buffer: each feature alone and prefixed by the event type.</summary>
    private sealed class FeatureText(string type, Action<ReadOnlySpan<char>> emit)
    {
        private char[] _buffer = new char[128];

        /// <summary>The feature alone and prefixed by the type (TYPE|name).</summary>
        public void Both(string name, ReadOnlySpan<char> value, ReadOnlySpan<char> tail = default)
        {
            Emit(false, name, value, tail);
            Emit(true, name, value, tail);
        }

        /// <summary>The feature prefixed by the type only.</summary>
        public void Typed(string name, ReadOnlySpan<char> value) => Emit(true, name, value, default);

        private void Emit(bool typed, ReadOnlySpan<char> name, ReadOnlySpan<char> value, ReadOnlySpan<char> tail)
        {
            var length = (typed ? type.Length + 1 : 0) + name.Length + value.Length + tail.Length;
            if (length > _buffer.Length)
            {
                _buffer = new char[length * 2];
            }

            var at = 0;
            if (typed)
            {
                type.CopyTo(_buffer);
                _buffer[type.Length] = '|';
                at = type.Length + 1;
            }

            name.CopyTo(_buffer.AsSpan(at));
            at += name.Length;
            value.CopyTo(_buffer.AsSpan(at));
            at += value.Length;
            tail.CopyTo(_buffer.AsSpan(at));
            emit(_buffer.AsSpan(0, length));
        }
    }
}
