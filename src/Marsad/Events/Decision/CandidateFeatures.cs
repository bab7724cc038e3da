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

    public static List<string> Of(EventCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var c = candidate;
        var features = new List<string>(96);
        void Add(string feature)
        {
            features.Add(feature);
            features.Add(string.Concat(c.Event, "|", feature));
        }

        features.Add("bias");
        features.Add(string.Concat(c.Event, "|bias"));
        Add("rule=" + c.Rule);
        Add("word=" + c.Words[c.TriggerStart]);
        Add(c.Definite ? "definite" : "bare");
        Add("length=" + Math.Min(c.TriggerEnd - c.TriggerStart, 3).ToString(CultureInfo.InvariantCulture));
        Add("before1=" + (c.TriggerStart >= 1 ? c.Words[c.TriggerStart - 1] : "^"));
        Add("before2=" + (c.TriggerStart >= 2 ? c.Words[c.TriggerStart - 2] : "^"));
        Add("after1=" + (c.TriggerEnd < c.Words.Length ? c.Words[c.TriggerEnd] : "$"));
        // The words around it, and the sentence's words, for its type alone: what a sentence is about
        // (sport, a court, a film) says much of whether its trigger words report a deed.
        for (var k = Math.Max(0, c.TriggerStart - 3); k < Math.Min(c.Words.Length, c.TriggerEnd + 3); k++)
        {
            if (k < c.TriggerStart || k >= c.TriggerEnd)
            {
                features.Add(string.Concat(c.Event, "|near=", c.Words[k]));
            }
        }

        foreach (var word in c.Words.Distinct(StringComparer.Ordinal))
        {
            features.Add(string.Concat(c.Event, "|sentence-word=", word));
        }

        foreach (var kind in Kinds)
        {
            var name = kind.ToString();
            var before = DecisionRules.CueBefore(c, kind, int.MaxValue, inClause: true);
            if (before >= 0)
            {
                Add(string.Concat("cue-before=", name, "@", Bucket(before)));
            }

            if (c.Cues.Any(h => h.Kind == kind))
            {
                Add("cue-in-sentence=" + name);
            }

            if (CueAfterInClause(c, kind))
            {
                Add("cue-after=" + name);
            }
        }

        Add(c.HasActor ? "actor" : "no-actor");
        Add(c.HasRecipient ? "recipient" : "no-recipient");
        Add(c.DatedByText ? "dated" : "undated");
        foreach (var modality in c.Modality)
        {
            Add("modality=" + modality);
        }

        var clause = DecisionRules.CueBefore(c, DecisionCue.Boundary, int.MaxValue, inClause: false);
        Add(clause < 0 ? "first-clause" : "later-clause");
        Add("clause-place=" + Bucket(clause < 0 ? c.TriggerStart : clause));
        Add("place=" + (c.TriggerStart * 4 / Math.Max(1, c.Words.Length)).ToString(CultureInfo.InvariantCulture));
        Add("sentence=" + (c.Words.Length < 20 ? "short" : c.Words.Length < 45 ? "medium" : "long"));
        foreach (var earlier in c.EarlierTriggers)
        {
            Add("earlier=" + earlier);
        }

        return features;
    }

    private static string Bucket(int distance) => distance switch
    {
        0 => "0",
        1 => "1",
        <= 3 => "2-3",
        <= 6 => "4-6",
        _ => "far",
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
}
