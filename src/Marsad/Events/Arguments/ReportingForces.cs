using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>The kinds of word in data/rules/reporting-forces.tsv; see the file's header for each.</summary>
[Flags]
internal enum ReportWord
{
    None = 0,
    AccordingTo = 1,
}

/// <summary>
/// A state's force that gives the toll of armed men is the attacker (issue 18, GSR actor sector): an attack with no
/// actor whose sentence counts the dead among rebels or gunmen and names an army or a police as its source (قتل عشرون
/// مسلحا في عملية واسعة بحسب الجيش، أوقع الهجوم مئة قتيل بين المتمردين وفقا للجيش) was that force's, as a force
/// counts the enemies it killed. A sentence that also names the force's own men (قتل ثلاثة جنود في هجوم للمتمردين
/// بحسب الجيش: the soldiers are the dead) is left alone. The force is read right after the source word, by the
/// class nouns of data/rules/event-agents.tsv; the armed men by those nouns or by an armed group's mention. Runs
/// after the decision, so the event model reads the same features whatever it adds.
/// </summary>
internal static class ReportingForces
{
    private static readonly ProcliticWordKinds Words = new(
        "reporting-forces.tsv",
        RuleFile.Rows("Marsad.data.rules.reporting-forces.tsv"),
        static kind => (int)Enum.Parse<ReportWord>(kind, ignoreCase: true));

    // The sector of each class of agents the knowledge base lists as an institution (the army MIL, rebels REB).
    private static readonly FrozenDictionary<string, string> Sectors =
        KnowledgeBase.Default.Institutions.ToFrozenDictionary(static x => x.Id, static x => x.Sector, StringComparer.Ordinal);

    /// <param name="agent">Makes the knowledge-base entity of an agent class a side of the document: its id → the side's id.</param>
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string?> agent) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event != PloverType.Assault || !e.Actor.IsEmpty)
            {
                return e;
            }

            var (a, b) = doc.Sentence(e.Sentence);
            string? force = null;
            var source = -1;
            for (var t = a; t + 1 < b && force is null; t++)
            {
                if (doc.IsWord(t) && Words.Any(doc.Word(t), (int)ReportWord.AccordingTo) && doc.MentionAt(t + 1) is null
                    && AgentNouns.ClassOf(doc, t + 1) is { } cls && IsStateForce(cls))
                {
                    (force, source) = (cls, t + 1);
                }
            }

            return force is not null && CountsArmedMen(doc, a, b, source) && agent(force) is { } side && !e.Recipient.Contains(side)
                ? e with { Actor = [side] } : e;
        });

    private static bool IsStateForce(string cls) => Sectors.TryGetValue(cls, out var sector) && sector is "MIL" or "COP";

    /// <summary>Whether the sentence names armed men and, besides the source, no man of a state's force.</summary>
    private static bool CountsArmedMen(EventDocument doc, int a, int b, int source)
    {
        var armed = false;
        for (var t = a; t < b; t++)
        {
            if (t == source || !doc.IsWord(t))
            {
                continue;
            }

            if (doc.MentionAt(t) is { } mention)
            {
                armed |= mention.Entity.Type == EntityType.Group && mention.Entity.Sector is "REB" or "UAF" or "IMG";
                if (mention.Entity.Sector is "MIL" or "COP")
                {
                    return false;
                }

                continue;
            }

            if (AgentNouns.ClassOf(doc, t) is { } cls)
            {
                if (IsStateForce(cls))
                {
                    return false;
                }

                armed |= Sectors.TryGetValue(cls, out var sector) && sector is "REB" or "UAF";
            }
        }

        return armed;
    }
}
