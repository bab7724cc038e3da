using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;

namespace Marsad.Events.Arguments;

/// <summary>
/// Whose weapon, whose target, whose coalition (issue 18, kinds 1 and 4), after the scan. A weapon or craft
/// tied to its owner (استهدفت مسيرات تابعة لقوات الدعم السريع، طائرة بدون طيار تابعة للجيش) was used by that
/// owner, so the owner is the attack's actor and no target; a target tied to its owner (استهدف سيارة تابعة
/// للجيش) or a building, vehicle or convoy followed by its possessor (قصف منزل القيادي، استهدف موكب الوزير)
/// strikes that owner, the recipient; a force led by a side (التحالف بقيادة السعودية) acts with its leader,
/// so the leader joins the actor. Words: data/rules/event-arguments.tsv, kinds instrument, belonging,
/// target-noun and led-by.
/// </summary>
internal static class Owners
{
    /// <summary>Every country of the knowledge base by each of its normalised Arabic names; built at the first coalition named with its leader.</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> CountryNames = new(static () =>
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in KnowledgeBase.Default.Entries)
        {
            if (entry.Type != EntityType.Country)
            {
                continue;
            }

            foreach (var name in entry.Arabic)
            {
                names.TryAdd(string.Join(' ', NameKey.Of(name)), entry.Id);
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    });

    /// <summary>How far before the trigger a weapon that is the subject may stand (مسيرات تابعة لـ… استهدفت).</summary>
    private const int SubjectBefore = 6;

    /// <summary>How far after the trigger its subject or object may begin (قصفت، فجر الأحد، طائرة …).</summary>
    private const int ObjectAfter = 4;

    /// <summary>Words between a weapon and the word that ties it to its owner (طائرة بدون طيار تابعة).</summary>
    private const int Qualifiers = 2;

    /// <summary>How far after a weapon its relative clause's verb of owning may stand (طائرات بدون طيار، لا تملكها).</summary>
    private const int PossessorReach = 6;

    /// <param name="force">The id of a country's forces (see <see cref="AfterScan"/>): a weapon a country owns is its army's.</param>
    /// <param name="country">Makes a country named inside another name a side (see <see cref="AfterScan"/>).</param>
    public static ImmutableArray<EventRecord> Apply(
        EventDocument doc, ImmutableArray<EventRecord> events, Func<string, bool, string> force, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (doc.TokensOf(e.Trigger.Span).First < 0)
            {
                return e;
            }

            var updated = e;
            if (e.Event is PloverType.Assault or PloverType.Coerce)
            {
                if (WeaponOwner(doc, e, country) is { } weaponOwner)
                {
                    var owner = doc.Entities.Any(x => x.Id == weaponOwner && x.Type == EntityType.Country) ? force(weaponOwner, false) : weaponOwner;
                    updated = updated with { Actor = [owner], Recipient = [.. updated.Recipient.Where(id => id != owner)] };
                }
                else if (TargetOwner(doc, e, country) is { } target && !updated.Actor.Contains(target) && !updated.Recipient.Contains(target))
                {
                    updated = updated with { Recipient = [target, .. updated.Recipient] };
                }
            }

            return Leaders(doc, updated, country) is { IsEmpty: false } leaders ? updated with { Actor = [.. updated.Actor, .. leaders] } : updated;
        });

    /// <summary>The owner of a weapon that is the attack's subject, right before or after the trigger or in it.</summary>
    private static string? WeaponOwner(EventDocument doc, EventRecord e, Func<string, string> country)
    {
        var (a, b) = doc.Sentence(e.Sentence);
        var (first, end) = doc.TokensOf(e.Trigger.Span);
        for (var w = Math.Max(a, first - SubjectBefore); w < Math.Min(b, end + ObjectAfter); w++)
        {
            if (Tokens.Is(doc, w, ArgumentCue.Instrument) && (OwnerAfter(doc, w, b, country) ?? PossessorAfter(doc, w, b, country)) is { } owner)
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>The owner of what the attack struck: a noun after the trigger tied to its owner, or a target noun and its possessor.</summary>
    private static string? TargetOwner(EventDocument doc, EventRecord e, Func<string, string> country)
    {
        var (_, b) = doc.Sentence(e.Sentence);
        var end = doc.TokensOf(e.Trigger.Span).End;
        for (var n = end; n < Math.Min(b, end + ObjectAfter); n++)
        {
            if (!doc.IsWord(n) || doc.MentionAt(n) is not null)
            {
                return null;
            }

            if (Tokens.Is(doc, n, ArgumentCue.Instrument))
            {
                continue;
            }

            if (OwnerAfter(doc, n, b, country) is { } owner)
            {
                return owner;
            }

            if (Tokens.Is(doc, n, ArgumentCue.TargetNoun) && n + 1 < b && doc.MentionAt(n + 1) is { } possessor)
            {
                return Tokens.SideOf(possessor.Entity, country);
            }
        }

        return null;
    }

    /// <summary>The owner a noun at <paramref name="noun"/> is tied to: a belonging word behind at most two qualifiers, then the owner.</summary>
    private static string? OwnerAfter(EventDocument doc, int noun, int end, Func<string, string> country)
    {
        for (var t = noun + 1; t < end && t <= noun + 1 + Qualifiers; t++)
        {
            if (!doc.IsWord(t) || doc.MentionAt(t) is not null)
            {
                return null;
            }

            if (Tokens.Is(doc, t, ArgumentCue.Belonging))
            {
                // The owner behind at most one head word the recogniser leaves out of its name (لقوات الدعم السريع).
                return Tokens.MentionWithin(doc, t + 1, 1, end) is { } owner ? Tokens.SideOf(owner.Mention.Entity, country) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The owner a relative clause of owning after a weapon names (طائرات بدون طيار، لا تملكها إلا القوات الأمريكية،
    /// صواريخ تمتلكها الحركة): the side behind the verb of owning and at most two words (its negation and
    /// exception), with commas and qualifiers before the verb.
    /// </summary>
    private static string? PossessorAfter(EventDocument doc, int weapon, int end, Func<string, string> country)
    {
        for (var t = weapon + 1; t < end && t <= weapon + PossessorReach; t++)
        {
            if (Tokens.Is(doc, t, ArgumentCue.Possess))
            {
                return Tokens.MentionWithin(doc, t + 1, 2, end) is { } owner ? Tokens.SideOf(owner.Mention.Entity, country) : null;
            }

            if (doc.MentionAt(t) is not null || !(doc.IsWord(t) || Tokens.IsComma(doc, t)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The leaders of the event's actors named in its sentence (التحالف بقيادة الولايات المتحدة), not yet among its actors.</summary>
    private static ImmutableArray<string> Leaders(EventDocument doc, EventRecord e, Func<string, string> country)
    {
        if (e.Actor.IsEmpty)
        {
            return [];
        }

        var (a, b) = doc.Sentence(e.Sentence);
        List<string>? leaders = null;
        for (var t = a; t < b; t++)
        {
            if (doc.MentionAt(t) is not { } side || !e.Actor.Contains(side.Entity.Id))
            {
                continue;
            }

            // The led-by word after the side's name, or inside it where the knowledge base names the
            // coalition with its leader: the leader is then the country the rest of the name names.
            for (var l = t + 1; l <= side.End && l + 1 < b; l++)
            {
                if (!Tokens.Is(doc, l, ArgumentCue.LedBy))
                {
                    continue;
                }

                var leader = l < side.End - 1 ? CountryNamed(doc, l + 1, side.End) is { } inName ? country(inName) : null
                    : doc.MentionAt(l + 1) is { } named ? Tokens.SideOf(named.Entity, country) : null;
                if (leader is not null && !e.Actor.Contains(leader) && leaders?.Contains(leader) != true)
                {
                    (leaders ??= []).Add(leader);
                }

                break;
            }
        }

        return leaders is null ? [] : [.. leaders];
    }

    /// <summary>The country tokens [from, to) name as a whole (الولايات المتحدة), or null.</summary>
    private static string? CountryNamed(EventDocument doc, int from, int to)
    {
        var key = new StringBuilder();
        for (var t = from; t < to; t++)
        {
            key.Append(t > from ? " " : "").Append(doc.Word(t));
        }

        return CountryNames.Value.GetValueOrDefault(key.ToString());
    }
}
