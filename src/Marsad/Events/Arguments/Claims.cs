using System.Collections.Immutable;
using Marsad.Events.Decision;
using Marsad.Model;
using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>The kinds of word in data/rules/event-claims.tsv; see the file's header for each.</summary>
[Flags]
internal enum ClaimCue
{
    None = 0,
    Claim = 1,
    ClaimObject = 2,
    Responsibility = 4,
    About = 8,
    Act = 16,
}

/// <summary>
/// A claimed attack is the claimant's (issue 18, the actor of an attack): a side that claims an attack told
/// before it (قتل سبعة في هجوم انتحاري … وتبنت الحركة الهجوم؛ انفجار تبنته الجماعة؛ أعلن التنظيم مسؤوليته عن
/// التفجير) did it, whoever the scan took for the attacker (the attackers as a class, the place's people), as
/// CAMEO codes a claimed attack by its claimant. The attack is the last one told as happened in the claim's
/// sentence before the claim or in a sentence before it; every attack of that sentence with the same actor is
/// the same act. A reaction that points back at the attack then follows the claimant (<see cref="Repointing"/>).
/// Words: data/rules/event-claims.tsv, read through <see cref="ClaimCue"/>.
/// </summary>
internal static class Claims
{
    private static readonly ProcliticWordKinds Words = new(
        "event-claims.tsv",
        RuleFile.Rows("Marsad.data.rules.event-claims.tsv"),
        static kind => (int)Enum.Parse<ClaimCue>(kind, ignoreCase: true));

    /// <summary>How many words (a head the recogniser leaves out, titles) may stand between the verb and the claimant's name.</summary>
    private const int ClaimantWords = 2;

    /// <summary>How far before the responsibility noun its claimant may be named (أعلنت الحركة في بيان مسؤوليتها).</summary>
    private const int ClaimantBefore = 6;

    /// <summary>How many words (a description of the claimant) may stand between the claimant and the act it claims.</summary>
    private const int ActAfter = 2;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events)
    {
        var first = int.MaxValue;
        var last = -1;
        foreach (var e in events)
        {
            if (e.Event == PloverType.Assault && e.Sentence >= 0 && e.Sentence < doc.SentenceCount)
            {
                first = Math.Min(first, e.Sentence);
                last = Math.Max(last, e.Sentence);
            }
        }

        // A claim follows its attack in the same sentence or soon after: only those sentences are read.
        for (var s = first; s <= last + 2 && s < doc.SentenceCount; s++)
        {
            var (a, b) = doc.Sentence(s);
            for (var t = a; t < b; t++)
            {
                if (Claimant(doc, t, a, b) is { } claimant)
                {
                    events = Credit(doc, events, claimant, s, t);
                }
            }
        }

        return events;
    }

    /// <summary>The side a claim at token <paramref name="t"/> names as the one who did the act, or null when <paramref name="t"/> is no claim of an attack.</summary>
    private static string? Claimant(EventDocument doc, int t, int a, int b)
    {
        var kinds = Kinds(doc, t);
        if ((kinds & (ClaimCue.Claim | ClaimCue.ClaimObject)) != 0 && Tokens.MentionWithin(doc, t + 1, ClaimantWords, b) is { } named
            && IsSide(named.Mention.Entity))
        {
            // تبنته الجماعة: the pronoun is the act; تبنت الحركة الهجوم: the act follows the claimant.
            return (kinds & ClaimCue.ClaimObject) != 0 || ActWithin(doc, named.Mention.End, b) ? named.Mention.Entity.Id : null;
        }

        if ((kinds & ClaimCue.Responsibility) != 0 && t + 2 < b && (Kinds(doc, t + 1) & ClaimCue.About) != 0 && (Kinds(doc, t + 2) & ClaimCue.Act) != 0)
        {
            for (var c = t - 1; c >= Math.Max(a, t - ClaimantBefore); c--)
            {
                if (Tokens.IsComma(doc, c))
                {
                    return null;
                }

                if (doc.MentionAt(c) is { } mention && mention.End <= t)
                {
                    return IsSide(mention.Entity) ? mention.Entity.Id : null;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a noun of an attack stands at <paramref name="from"/> or behind at most two words.</summary>
    private static bool ActWithin(EventDocument doc, int from, int end)
    {
        for (var t = from; t < end && t <= from + ActAfter; t++)
        {
            if ((Kinds(doc, t) & ClaimCue.Act) != 0)
            {
                return true;
            }

            if (!doc.IsWord(t) || doc.MentionAt(t) is not null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A place claims nothing; a country, body, group or person may.</summary>
    private static bool IsSide(EntityRecord entity) => entity.Type != EntityType.Location;

    private static ClaimCue Kinds(EventDocument doc, int t) => doc.IsWord(t) ? (ClaimCue)Words.Kinds(doc.Word(t)) : ClaimCue.None;

    /// <summary>
    /// Makes the claimant the actor of the attack the claim at token <paramref name="claim"/> of sentence
    /// <paramref name="s"/> refers to, and of every attack of its sentence told with the same actor.
    /// </summary>
    private static ImmutableArray<EventRecord> Credit(EventDocument doc, ImmutableArray<EventRecord> events, string claimant, int s, int claim)
    {
        var referent = -1;
        for (var k = 0; k < events.Length; k++)
        {
            var e = events[k];
            if (e.Event == PloverType.Assault && EventDecision.SaysItHappened(e.Modality)
                && (e.Sentence < s || (e.Sentence == s && doc.TokensOf(e.Trigger.Span).First is >= 0 and var at && at < claim))
                && (referent < 0 || e.Sentence >= events[referent].Sentence))
            {
                referent = k;
            }
        }

        if (referent < 0 || events[referent].Actor.Contains(claimant))
        {
            return events;
        }

        var act = events[referent];
        var builder = events.ToBuilder();
        for (var k = 0; k < builder.Count; k++)
        {
            var e = builder[k];
            if (e.Event == PloverType.Assault && e.Sentence == act.Sentence && e.Actor.SequenceEqual(act.Actor) && EventDecision.SaysItHappened(e.Modality))
            {
                builder[k] = e with { Actor = [claimant], Recipient = [.. e.Recipient.Where(id => id != claimant)] };
            }
        }

        return builder.ToImmutable();
    }
}
