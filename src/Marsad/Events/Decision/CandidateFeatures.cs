using System.Globalization;
using Marsad.Model;

namespace Marsad.Events.Decision;

/// <summary>
/// The named binary features of a candidate for the event model: the trigger's rule and first word and
/// whether it carries the article; the words right before and after it; for each kind of cue word, how
/// far before the trigger it stands in its clause, whether it comes after it in its clause, and whether
/// the sentence has one at all; whether the scan found an actor, a recipient and a date of the sentence's
/// own; the modality already found; where in the sentence the trigger stands; the types of the triggers
/// before it; the trigger's form by its first and last letters, and its rule joined with its clause, its
/// article and its actor; a number near it, and one in digits right before it (acts counted); a quotation around it; a place in its
/// clause; an imperfect verb; the words between it and its nearest entity. Each feature is given twice, alone
/// and prefixed by the event type, so the types share what they have in common and keep what they do not.
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
        Each(candidate, new FeatureText(PloverTypes.Name(candidate.Event), emit, sentenceWords));
    }

    /// <summary>Hands each feature to <paramref name="f"/> by its builder's name, value and tail, in the order <see cref="Each(EventCandidate, Action{ReadOnlySpan{char}}, Action{EventCandidate}?)"/> gives them.</summary>
    public static void Each(EventCandidate candidate, FeatureSink f)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(f);
        var c = candidate;
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
        if (!f.SentenceWords(c))
        {
            foreach (var word in c.Words)
            {
                f.Typed("sentence-word=", word);
            }
        }

        // Every cue kind's place around the trigger, in one pass over the sentence's cues.
        var n = Kinds.Length;
        Span<int> inClause = stackalloc int[n];
        Span<int> inSentence = stackalloc int[n];
        Span<bool> present = stackalloc bool[n];
        Span<bool> after = stackalloc bool[n];
        Place(c, inClause, inSentence, present, after);
        for (var k = 0; k < n; k++)
        {
            if (inClause[k] >= 0)
            {
                f.Both("cue-before=", KindNames[k], Bucket(inClause[k]));
            }

            // A cue before the trigger past a clause boundary: the clause it opens may hold the trigger
            // (قال …، إن المتظاهرين), which the clause-bound feature cannot see.
            if (inSentence[k] >= 0 && inSentence[k] != inClause[k])
            {
                f.Both("cue-before-sentence=", KindNames[k], Bucket(inSentence[k]));
            }

            if (present[k])
            {
                f.Both("cue-in-sentence=", KindNames[k]);
            }

            if (after[k])
            {
                f.Both("cue-after=", KindNames[k]);
            }
        }

        var clause = inSentence[(int)DecisionCue.Boundary];
        f.Both(clause < 0 ? "first-clause" : "later-clause", "");
        f.Both("clause-place=", Bucket(clause < 0 ? c.TriggerStart : clause));
        f.Both("place=", Lengths[c.TriggerStart * 4 / Math.Max(1, c.Words.Length)]);
        f.Both("sentence=", c.Words.Length < 20 ? "short" : c.Words.Length < 45 ? "medium" : "long");
        foreach (var earlier in c.EarlierTriggers)
        {
            f.Both("earlier=", PloverTypes.Name(earlier));
        }

        // The trigger's form, told by its word's first and last letters (a verb's prefix, a participle's م,
        // a plural's ون/ين, a verbal noun's ات) without a morphological analysis; and, by its rule, whether
        // it opens the sentence's first clause, carries the article and has an actor: a crowd noun
        // (المتظاهرون) that opens the sentence is its protest, one deep inside it is often a participant.
        var form = c.Words[c.TriggerStart];
        f.Both("first2=", form.AsSpan(0, Math.Min(2, form.Length)));
        f.Both("last2=", form.AsSpan(Math.Max(0, form.Length - 2)));
        f.Both("rule-clause=", c.Rule, clause < 0 ? "/first" : "/later");
        f.Both("rule-article=", c.Rule, c.Definite ? "/definite" : "/bare");
        f.Both("rule-actor=", c.Rule, c.HasActor ? "/actor" : "/none");
        f.Both("earlier-count=", Lengths[Math.Min(c.EarlierTriggers.Length, 3)]);
        f.Both(c.EarlierTriggers.Contains(c.Event) ? "same-type-earlier" : "first-of-type", "");

        // A preposition on the trigger's word (بالهجوم، لتفجير) governs it: it completes another word
        // (a relation, a purpose, a charge) rather than telling its own occurrence.
        f.Both(c.Preposition ? "governed" : "ungoverned", "");
        if (c.Preposition)
        {
            f.Both("governed-after=", c.TriggerStart >= 1 ? c.Words[c.TriggerStart - 1] : "^");
        }

        // A number near the trigger (a count of the dead or of protesters) tells of one occurrence; a trigger
        // inside a quotation is what someone says.
        var (number, quoted) = NumberAndQuote(c);
        f.Both(number, "");
        f.Both(quoted ? "quoted" : "unquoted", "");

        // A number in digits right before the trigger, past at most one word (140 هجوما، أكثر من 100 هجوم)
        // counts acts of a kind: a statistic, not one occurrence told. (A toll stands after its act: مقتل 15.)
        if (Counted(c))
        {
            f.Both("counted", "");
        }

        // Where: an act told with its place is one occurrence; a mention of a kind of act rarely has one.
        f.Both(c.Placed ? "placed" : "unplaced", "");

        // To whom, by its type alone: an attack told with its target is one occurrence, while a protest
        // needs none (shared by the types, it moved the protests' weights by the attacks').
        f.Typed(c.HasRecipient ? "recipient" : "no-recipient", "");

        // An imperfect verb (يقتلون، تقاتل) tells what goes on or is done again and again, not one deed done.
        if (DecisionRules.ImperfectVerb(form))
        {
            f.Both("imperfect", "");
        }

        // The words between the trigger and its nearest entity, for its type alone: what links the act to whom
        // or what the sentence names (قتل مسلحون، هجوم على مقر، اتهم … بتنفيذ، في قضية).
        if (c.EntityGap.Start < 0)
        {
            f.Typed("no-entity", "");
        }

        for (var k = Math.Max(0, c.EntityGap.Start); k < c.EntityGap.End; k++)
        {
            f.Typed("between=", c.Words[k]);
        }
    }

    private static bool Counted(EventCandidate c)
    {
        for (var k = Math.Max(0, c.TriggerStart - 2); k < c.TriggerStart; k++)
        {
            if (c.Words[k].Length > 0 && char.IsDigit(c.Words[k][0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Per cue kind: the words between the trigger and its nearest cue before it in its clause and in its
    /// sentence (-1: none), whether the sentence has one, and whether one follows it in its clause. The same
    /// figures as <see cref="DecisionRules.CueBefore"/> and the rules' clause test, in one pass.
    /// </summary>
    private static void Place(EventCandidate c, Span<int> inClause, Span<int> inSentence, Span<bool> present, Span<bool> after)
    {
        inClause.Fill(-1);
        inSentence.Fill(-1);
        var beforeOpen = true;
        var afterOpen = true;
        foreach (var hit in c.Cues)
        {
            var k = (int)hit.Kind;
            present[k] = true;
            if (beforeOpen && hit.End > c.TriggerStart)
            {
                beforeOpen = false;
            }

            if (beforeOpen)
            {
                inSentence[k] = c.TriggerStart - hit.End;
                if (hit.Kind == DecisionCue.Boundary)
                {
                    inClause.Fill(-1);
                }
                else
                {
                    inClause[k] = c.TriggerStart - hit.End;
                }
            }
            else if (afterOpen && hit.Start >= c.TriggerEnd)
            {
                after[k] = true;
                afterOpen = hit.Kind != DecisionCue.Boundary;
            }
        }
    }

    private static (string Number, bool Quoted) NumberAndQuote(EventCandidate c)
    {
        var number = "no-number";
        var open = false;
        for (var k = 0; k < c.Words.Length; k++)
        {
            var w = c.Words[k];
            if (w.Length == 0)
            {
                continue;
            }

            if (char.IsDigit(w[0]))
            {
                number = k >= c.TriggerStart - 3 && k < c.TriggerEnd + 3 ? "number-near" : number == "no-number" ? "number-elsewhere" : number;
            }
            else if (k < c.TriggerStart && w.Length == 1 && w[0] is '«' or '»' or '"')
            {
                open = w[0] == '«' || (w[0] == '"' && !open);
            }
        }

        return (number, open);
    }

    private static string Bucket(int distance) => distance switch
    {
        0 => "@0",
        1 => "@1",
        <= 3 => "@2-3",
        <= 6 => "@4-6",
        _ => "@far",
    };

    /// <summary>Writes feature names into one buffer: each feature alone and prefixed by the event type.</summary>
    private sealed class FeatureText(string type, Action<ReadOnlySpan<char>> emit, Action<EventCandidate>? sentenceWords) : FeatureSink
    {
        // One buffer per thread for every candidate it scores.
        [ThreadStatic]
        private static char[]? t_buffer;

        private char[] _buffer = t_buffer ??= new char[128];

        /// <summary>The feature alone and prefixed by the type (TYPE|name).</summary>
        public override void Both(string name, ReadOnlySpan<char> value, ReadOnlySpan<char> tail = default)
        {
            Emit(false, name, value, tail);
            Emit(true, name, value, tail);
        }

        /// <summary>The feature prefixed by the type only.</summary>
        public override void Typed(string name, ReadOnlySpan<char> value) => Emit(true, name, value, default);

        public override bool SentenceWords(EventCandidate candidate)
        {
            sentenceWords?.Invoke(candidate);
            return sentenceWords is not null;
        }

        private void Emit(bool typed, ReadOnlySpan<char> name, ReadOnlySpan<char> value, ReadOnlySpan<char> tail)
        {
            var length = (typed ? type.Length + 1 : 0) + name.Length + value.Length + tail.Length;
            if (length > _buffer.Length)
            {
                _buffer = t_buffer = new char[length * 2];
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
