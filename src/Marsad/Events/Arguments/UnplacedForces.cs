using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Events.Arguments;

/// <summary>
/// A state's force in a text that names no country (issue 18, GSR actor sector): an attack with no actor whose
/// verb is followed by the name of a force the knowledge base lists without a country (وقتلت قوات الأمن اثنين
/// منهم، وقصف الجيش مواقع المسلحين، وفرقت الشرطة المحتجين) was done by that force, and what it is (police COP,
/// army MIL) is known where whose it is is not. Where the sentence or the document names a country the scan
/// has already made the force that country's (الشرطة in a sentence set in أثينا), so this reads only what it
/// left. The subject is read right after the verb, as the scan reads a force that has a country there; it runs
/// after the decision, so the event model reads the same features whatever it adds.
/// </summary>
internal static class UnplacedForces
{
    /// <param name="forces">The knowledge base's forces without a country, by their definite or many-word names (<see cref="EventCoder"/>).</param>
    /// <param name="agent">Makes the knowledge-base entity a side of the document: its id → the side's id.</param>
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, TokenTrie<KbInstitution> forces, Func<string, string?> agent) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event != PloverType.Assault || !e.Actor.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0, var end))
            {
                return e;
            }

            var (_, b) = doc.Sentence(e.Sentence);
            return end < b && ForceAt(doc, end, b, forces) is { } force && agent(force.Id) is { } side && !e.Recipient.Contains(side)
                ? e with { Actor = [side] } : e;
        });

    /// <summary>The force whose name starts at token j (the longest, its words as written, the first through its clitics), unless a mention covers it.</summary>
    private static KbInstitution? ForceAt(EventDocument doc, int j, int b, TokenTrie<KbInstitution> forces)
    {
        if (!doc.IsWord(j) || doc.MentionAt(j) is not null)
        {
            return null;
        }

        KbInstitution? found = null;
        var word = doc.Word(j);
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        foreach (var reading in readings[..NameKey.FirstWordKeys(word, readings)])
        {
            if (!NameKey.TryFirst(forces.Root, word, reading, out var node))
            {
                continue;
            }

            found ??= node.HasValues ? node.Values[0] : null;
            for (var k = j + 1; k < b && doc.IsWord(k) && doc.MentionAt(k) is null && node.TryGetChild(doc.Word(k), out var next); k++)
            {
                node = next;
                found = node.HasValues ? node.Values[0] : found;
            }
        }

        return found;
    }
}
