using System.Collections.Immutable;
using Marsad.Events.Decision;
using Marsad.Model;

namespace Marsad.Events;

/// <summary>Sets of entity ids, compared without a delegate made per call.</summary>
internal static class SideIds
{
    /// <summary>Whether every id is in <paramref name="set"/> (so true for none); a loop, not a delegate made per call.</summary>
    public static bool AllIn(ImmutableArray<string> ids, HashSet<string> set)
    {
        foreach (var id in ids)
        {
            if (!set.Contains(id))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every id is one of <paramref name="others"/> (so true for none).</summary>
    public static bool AllIn(ImmutableArray<string> ids, ImmutableArray<string> others)
    {
        foreach (var id in ids)
        {
            if (!others.Contains(id))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// The last pass: the events of one sentence made one where they tell one occurrence (<see cref="Merge"/>),
/// and what a protest says and does folded into it (<see cref="FoldIntoProtests"/>). Its state is what the
/// argument pass marks for it while coding the sentence's events, by event id.
/// </summary>
internal sealed class SentenceMerges
{
    public const string ProtestersId = "group/protesters";

    // The events that name what another event is about (احتجاجا على قرار الحكومة), and those coded from a
    // dependent verbal noun (مطالبين، للمطالبة), by id.
    public readonly HashSet<string> Topics = new(StringComparer.Ordinal);

    public readonly HashSet<string> Dependents = new(StringComparer.Ordinal);

    // Protests that are the target or the scene of an attack in their sentence, by id.
    public readonly HashSet<string> Targets = new(StringComparer.Ordinal);

    /// <summary>
    /// What a protest says and does is the protest. In a sentence with a PROTEST event:
    /// <list type="bullet">
    /// <item>the demands, accusations, rejections, support and slogans of no one named or in a dependent
    ///   verbal noun (مطالبين بالإصلاح، تضامنا مع، للمطالبة باستقالة), and whatever else the protesters
    ///   themselves are said to do (تعهدوا بالبقاء), are its content (تظاهر الآلاف مطالبين بالإصلاح ومنددين
    ///   بالفساد);</item>
    /// <item>what the protest is against or asks to stop is its topic, not an event of the sentence
    ///   (احتجاجا على قرار الحكومة، ضد زيارة بوش، بوقف الهجمات);</item>
    /// <item>violence by the protesters themselves makes it a riot (هاجم المتظاهرون مركز الشرطة، أحرقوا
    ///   الإطارات): PLOVER's PROTEST mode riot, not an ASSAULT;</item>
    /// <item>the crowd-scene violence no one is named for (casualties, shots, tear gas, clashes) is part of
    ///   the protest's story; a bombing or an attack named as such stays an event of its own.</item>
    /// </list>
    /// </summary>
    public List<EventRecord> FoldIntoProtests(List<EventRecord> coded)
    {
        // Most sentences have no protest: asked with a loop first, where the query and its list cost two objects a sentence.
        if (!coded.Exists(static e => e.Event == PloverType.Protest))
        {
            return coded;
        }

        var protests = coded.Where(static e => e.Event == PloverType.Protest).ToList();

        static bool Protesters(EventRecord e) => !e.Actor.IsEmpty && e.Actor.All(id => id.StartsWith(ProtestersId, StringComparison.Ordinal));

        // A protest told only by a verbal noun of motive after another act (استدعت سفيرها احتجاجا على الحرب، أمهلت
        // الموظفين 48 ساعة احتجاجا على توقيف موظف) is why that act was done: the act is the event, and neither it
        // nor anything else in the sentence is the protest's to fold.
        // (A crowd only mentioned as what an act befell, أطلقت القوات النار على متظاهرين, is background, not a motive.)
        if (protests.TrueForAll(p => Dependents.Contains(p.Id) && !p.Modality.Contains(EventModality.Background) && coded.Exists(e => IsMotivated(e, p))))
        {
            return coded.FindAll(e => e.Event != PloverType.Protest && !Topics.Contains(e.Id));
        }
        bool ByProtesters(EventRecord e) => Protesters(e) || (!e.Actor.IsEmpty && protests.Any(p => SideIds.AllIn(e.Actor, p.Actor)));

        var riot = false;
        var kept = new List<EventRecord>();
        foreach (var e in coded)
        {
            if (e.Event == PloverType.Protest)
            {
                kept.Add(e);
                continue;
            }

            if (Topics.Contains(e.Id))
            {
                continue;
            }

            if (e.Event == PloverType.Assault && Protesters(e))
            {
                riot = true;
                continue;
            }

            if (e.Event == PloverType.Assault && e.Actor.IsEmpty && e.Cameo is "175" or "180" or "182" or "190" or "193")
            {
                continue;
            }

            if (e.Event is PloverType.Request or PloverType.Accuse or PloverType.Reject or PloverType.Support or PloverType.Retreat
                && (e.Actor.IsEmpty || Dependents.Contains(e.Id)))
            {
                continue;
            }

            // A crowd does not sign, sanction or arrest: what the protesters "do" besides protesting (vow to
            // stay, call for a dismissal) is what the protest says.
            if (ByProtesters(e))
            {
                continue;
            }

            kept.Add(e);
        }

        if (riot && kept.FindIndex(static e => e.Event == PloverType.Protest && e.Mode is null or "demo") is var k and >= 0)
        {
            kept[k] = kept[k] with { Mode = "riot", Cameo = "145" };
        }

        return kept;
    }

    // An act of its own (not a protest, not the protesters', told before the motive) that a protest of motive explains.
    private bool IsMotivated(EventRecord e, EventRecord motive) =>
        e.Event != PloverType.Protest && !e.Actor.IsEmpty && !Topics.Contains(e.Id) && !Dependents.Contains(e.Id)
        && !e.Actor.Any(static id => id.StartsWith(ProtestersId, StringComparison.Ordinal))
        && e.Trigger.Span.Start < motive.Trigger.Span.Start;

    /// <summary>
    /// Attacks told with no actor that an event of their sentence took in (<see cref="Merge"/>), each with the id of
    /// the event that holds it: a force the passes after the decision name as the doer of one of them (قام عدد من
    /// الجنود بقتل … وتسببت بمقتل جندي) was not known when they were merged (<see cref="Unmerges"/>).
    /// </summary>
    public readonly List<(string Holder, EventRecord Absorbed)> Absorbed = [];

    /// <summary>
    /// Adds an event to those of its sentence unless one of the same type already says it: when the sides
    /// of one hold those of the other (قتل خمسة أشخاص في انفجار سيارة مفخخة: one attack), the two are one,
    /// kept with the more sides and the more specific CAMEO code. An attack taken in with no actor is kept
    /// aside in <see cref="Absorbed"/>.
    /// </summary>
    public void Merge(List<EventRecord> coded, EventRecord e)
    {
        static bool Within(ImmutableArray<string> small, ImmutableArray<string> large) => SideIds.AllIn(small, large);

        for (var k = 0; k < coded.Count; k++)
        {
            var c = coded[k];
            // An event only mentioned (background, generic, hypothetical…) is not the one the sentence reports.
            if (c.Event != e.Event || EventDecision.SaysItHappened(c.Modality) != EventDecision.SaysItHappened(e.Modality))
            {
                continue;
            }

            if (Within(e.Actor, c.Actor) && Within(e.Recipient, c.Recipient))
            {
                var kept = e.Cameo?.Length > c.Cameo?.Length && e.Actor.Length == c.Actor.Length && e.Recipient.Length == c.Recipient.Length ? e : c;
                Absorb(kept, ReferenceEquals(kept, e) ? c : e);
                coded[k] = kept;
                return;
            }

            if (Within(c.Actor, e.Actor) && Within(c.Recipient, e.Recipient))
            {
                Absorb(e, c);
                coded[k] = e;
                return;
            }
        }

        coded.Add(e);
    }

    // The event held is kept aside when it is an attack with no actor; what it held before moves to the holder.
    private void Absorb(EventRecord holder, EventRecord held)
    {
        for (var k = 0; k < Absorbed.Count; k++)
        {
            if (Absorbed[k].Holder == held.Id)
            {
                Absorbed[k] = (holder.Id, Absorbed[k].Absorbed);
            }
        }

        if (held.Event == PloverType.Assault && held.Actor.IsEmpty)
        {
            Absorbed.Add((holder.Id, held));
        }
    }
}
