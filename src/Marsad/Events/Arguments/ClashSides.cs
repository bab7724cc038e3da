using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>The kinds of word in data/rules/clash-words.tsv; see the file's header for each.</summary>
[Flags]
internal enum ClashWord
{
    None = 0,
    ClashNoun = 1,
    Between = 2,
}

/// <summary>
/// The attacker among the sides of a clash (issue 18, GSR actor country and sector): an attack with no actor in a
/// sentence that names fighting between two sides, one of them an armed group and the other not (انفجرت عبوة
/// ناسفة بدورية للجيش، تلتها اشتباكات بين القوات الحكومية ومسلحي حركة الشباب), was the armed group's: a bomb or an
/// ambush that no one is named for, told beside a clash of a state's or an alliance's force with a group, is the
/// group's, since a state's own attacks are told with its force as their subject. The group is the side whose
/// knowledge-base sector is an armed group's (REB, UAF, IMG); the other side, when the attack has no recipient, is
/// its recipient. The clash's own trigger is not read (who fights whom in a clash is not told by its sides' order),
/// nor a clash of two armed groups or of none. Runs after the decision, so the event model reads the same features.
/// </summary>
internal static class ClashSides
{
    /// <summary>How many words may stand between the clash noun and بين (اشتباكات عنيفة بين).</summary>
    private const int Gap = 2;

    private static readonly ProcliticWordKinds Words = new(
        "clash-words.tsv",
        RuleFile.Rows("Marsad.data.rules.clash-words.tsv"),
        static kind => (int)Enum.Parse<ClashWord>(kind, ignoreCase: true));

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event != PloverType.Assault || !e.Actor.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end))
            {
                return e;
            }

            var (a, b) = doc.Sentence(e.Sentence);
            for (var t = a; t < b; t++)
            {
                if ((t < first || t >= end) && doc.IsWord(t) && Words.Any(doc.Word(t), (int)ClashWord.ClashNoun)
                    && Between(doc, t + 1, b) is var open and >= 0)
                {
                    return Sides(doc, open, b) is ({ } armed, var other) && !e.Recipient.Contains(armed)
                        ? e with { Actor = [armed], Recipient = e.Recipient.IsEmpty && other is not null ? [other] : e.Recipient }
                        : e;
                }
            }

            return e;
        });

    /// <summary>The token after بين when it follows the clash noun within <see cref="Gap"/> words, else -1.</summary>
    private static int Between(EventDocument doc, int j, int b)
    {
        for (var t = j; t < b && t <= j + Gap; t++)
        {
            if (!doc.IsWord(t) || doc.MentionAt(t) is not null)
            {
                return -1;
            }

            if ((Words.Written(doc.Word(t)) & (int)ClashWord.Between) != 0)
            {
                return t + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The one armed group among the sides named from <paramref name="j"/> to the clause's end, and the one other
    /// side (or null); none when no side or more than one is an armed group. Gunmen named right before a group
    /// (مسلحي حركة الشباب) are that group's men: the group is the side.
    /// </summary>
    private static (string? Armed, string? Other) Sides(EventDocument doc, int j, int b)
    {
        string? armed = null;
        string? other = null;
        var previousEnd = -1;
        // Whether the side just before was an armed group named only by what its men are (مسلحي before حركة الشباب).
        var previousMen = false;
        for (var t = j; t < b && !Tokens.IsComma(doc, t) && !doc.IsBoundary(t); t++)
        {
            if (doc.MentionAt(t) is not { } mention)
            {
                continue;
            }

            var isArmed = mention.Entity.Type == EntityType.Group && mention.Entity.Sector is "REB" or "UAF" or "IMG";
            if (isArmed)
            {
                if (armed is not null && !(previousMen && previousEnd == t))
                {
                    return (null, null);
                }

                armed = mention.Entity.Id;
            }
            else if (other is null && mention.Entity.Type != EntityType.Location)
            {
                other = mention.Entity.Id;
            }

            (previousEnd, previousMen) = (mention.End, isArmed && mention.Entity.Mentions.All(static m => m.Form == "role"));
            t = mention.End - 1;
        }

        return (armed, other);
    }
}
