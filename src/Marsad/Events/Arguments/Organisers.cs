using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Who holds a protest (issue 18), after the scan: the subject of a verb of organising (نظمت النقابة وقفة
/// احتجاجية، ونظم الحزب مسيرة، مظاهرة نظمتها الحركة; data/rules/event-arguments.tsv, kind organise) holds the
/// protests told after it in its sentence, as CAMEO codes the organiser of a demonstration as its source, so a
/// protest with no actor or only the anonymous crowd (المتظاهرون، المحتجون) is the organiser's, first, with
/// the crowd that marched kept beside it (the GSR codes such a protest by the organiser's country and the
/// crowd's civilian sector).
/// </summary>
internal static class Organisers
{
    /// <summary>Words (a time, a place) between the verb and its subject: ونظمت، أمس، الحكومة.</summary>
    private const int SubjectAfter = 3;

    /// <summary>How far after the trigger the organising verb may stand: a time and the protest noun between.</summary>
    private const int VerbAfter = 4;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events) =>
        EventEdits.Each(doc, events, e =>
            e.Event != PloverType.Protest || !Anonymous(e) || Organiser(doc, e) is not { } organiser
                ? e
                : e with { Actor = [organiser, .. e.Actor], Recipient = [.. e.Recipient.Where(id => id != organiser)] });

    /// <summary>Whether the protest has no actor or only a crowd the text does not name.</summary>
    private static bool Anonymous(EventRecord e)
    {
        foreach (var id in e.Actor)
        {
            if (!id.StartsWith("group/protesters", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The subject of the nearest organising verb before or just after the protest's trigger in its sentence.</summary>
    private static string? Organiser(EventDocument doc, EventRecord e)
    {
        var (a, _) = doc.Sentence(e.Sentence);
        var (first, end) = doc.TokensOf(e.Trigger.Span);
        if (first < 0)
        {
            return null;
        }

        // From a few words past the trigger: the verb may follow the protest it describes (مظاهرة نظمتها
        // الحركة، تجمع المتظاهرون أمس في مسيرة نظمها الحزب).
        for (var v = Math.Min(end + VerbAfter, doc.Sentence(e.Sentence).End - 1); v >= a; v--)
        {
            if (Tokens.Is(doc, v, ArgumentCue.Organise)
                && Tokens.MentionWithin(doc, v + 1, SubjectAfter, doc.Sentence(e.Sentence).End) is { } subject
                && subject.Mention.Entity.Type != EntityType.Location && !subject.Mention.Entity.Id.StartsWith("group/protesters", StringComparison.Ordinal))
            {
                return subject.Mention.Entity.Id;
            }
        }

        return null;
    }
}
