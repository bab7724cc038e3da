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
            var start = AfterMembers(doc, end, b);
            if (start > end)
            {
                return MembersOf(doc, e, start, b, forces, agent);
            }

            return end < b && ForceAt(doc, end, b, forces) is ({ } force, _) && agent(force.Id) is { } side && !e.Recipient.Contains(side)
                ? e with { Actor = [side] } : e;
        });

    /// <summary>
    /// The men of a force after the verb (قتل عناصر من الجيش ثلاثة مدنيين، اعتقل رجال الشرطة الناشط): the force
    /// is the actor when its object follows it, whether the text gave it a country (a mention, taken out of the
    /// recipients the scan read it into) or not (the knowledge base's force). Followed by a preposition or
    /// nothing, the verb is read as passive (قتل عناصر من الشرطة في انفجار) and the event left as it is.
    /// </summary>
    private static EventRecord MembersOf(EventDocument doc, EventRecord e, int j, int b, TokenTrie<KbInstitution> forces, Func<string, string?> agent)
    {
        if (j >= b)
        {
            return e;
        }

        if (doc.MentionAt(j) is { } mention)
        {
            return mention.Entity.Sector is "MIL" or "COP" && mention.Entity.Country is not null && HasObjectAt(doc, mention.End, b)
                ? e with { Actor = [mention.Entity.Id], Recipient = e.Recipient.Remove(mention.Entity.Id) } : e;
        }

        return ForceAt(doc, j, b, forces) is ({ } force, var k) && agent(force.Id) is { } side && !e.Recipient.Contains(side) && HasObjectAt(doc, k, b)
            ? e with { Actor = [side] } : e;
    }

    /// <summary>The token after the heads of a force's men at j and a partitive من after each (عدد من جنود، عناصر من), j when there is none.</summary>
    private static int AfterMembers(EventDocument doc, int j, int b)
    {
        var k = j;
        for (var heads = 0; heads < 2 && k < b && doc.IsWord(k) && doc.MentionAt(k) is null && ForceMemberLexicon.Default.Is(doc.Word(k), ForceWord.MemberHead); heads++)
        {
            k++;
            if (k < b && doc.IsWord(k) && ForceMemberLexicon.Default.IsWritten(doc.Word(k), ForceWord.Partitive))
            {
                k++;
            }
        }

        return k;
    }

    /// <summary>
    /// Whether the verb's object starts at token k, a time skipped (أمس): a word or a number behind no
    /// preposition, no conjunction and no word of place, not the end of the clause.
    /// </summary>
    private static bool HasObjectAt(EventDocument doc, int k, int b)
    {
        while (k < b && doc.InTime[k])
        {
            k++;
        }

        if (k >= b || !doc.IsWord(k) || doc.IsBoundary(k))
        {
            return false;
        }

        var word = doc.Word(k);
        return word.Length > 2 && !ForceMemberLexicon.Default.StartsWith(word, ForceWord.Proclitic)
            && !EventScanLexicon.Default.Is(word, ScanWord.Preposition) && !EventScanLexicon.Default.Is(word, ScanWord.PlaceWord);
    }

    /// <summary>The force whose name starts at token j (the longest, its words as written, the first through its clitics), unless a mention covers it, and the token after its name.</summary>
    private static (KbInstitution? Force, int End) ForceAt(EventDocument doc, int j, int b, TokenTrie<KbInstitution> forces)
    {
        if (!doc.IsWord(j) || doc.MentionAt(j) is not null)
        {
            return (null, j);
        }

        KbInstitution? found = null;
        var foundEnd = j;
        var word = doc.Word(j);
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        foreach (var reading in readings[..NameKey.FirstWordKeys(word, readings)])
        {
            if (!NameKey.TryFirst(forces.Root, word, reading, out var node))
            {
                continue;
            }

            if (found is null && node.HasValues)
            {
                (found, foundEnd) = (node.Values[0], j + 1);
            }

            for (var k = j + 1; k < b && doc.IsWord(k) && doc.MentionAt(k) is null && node.TryGetChild(doc.Word(k), out var next); k++)
            {
                node = next;
                if (node.HasValues)
                {
                    (found, foundEnd) = (node.Values[0], k + 1);
                }
            }
        }

        return (found, foundEnd);
    }
}
