
namespace Marsad.Events.Arguments;

/// <summary>
/// Subjects of reported clauses. After a complementizer (قال إن، ذكرت مصادر أن، أفادت بأن) a noun comes
/// first as the clause's subject, before its verb: in ذكرت مصادر أن الشرطة فرقت المحتجين the police act and
/// the protesters, after the verb, are its object, whatever stands right after the verb. A verb joined to
/// that clause by a conjunction with no subject of its own (… فرقت المحتجين واحتجزت العشرات) shares the
/// clause's subject even when the first verb coded no event. Reads the document's words and mentions only.
/// </summary>
internal static class ReportedClauses
{
    /// <summary>
    /// The first token of the side that stands right after the complementizer that opens the clause of the
    /// verb at <paramref name="verb"/> and ends before it, or -1 when the clause opens otherwise or with no side.
    /// </summary>
    public static int SubjectBefore(EventDocument doc, int clauseStart, int verb) =>
        clauseStart > 0 && clauseStart < verb && IsComplementizer(doc, clauseStart - 1)
        && doc.MentionAt(clauseStart) is { } subject && subject.End <= verb ? clauseStart : -1;

    /// <summary>
    /// The first token of the subject of the last reported clause opened in tokens [<paramref name="from"/>,
    /// <paramref name="verb"/>), or -1 when the last complementizer there has no side right after it.
    /// </summary>
    public static int LastSubject(EventDocument doc, int from, int verb)
    {
        for (var k = verb - 2; k >= from; k--)
        {
            if (IsComplementizer(doc, k))
            {
                return doc.MentionAt(k + 1) is { } subject && subject.End < verb ? k + 1 : -1;
            }
        }

        return -1;
    }

    // A clause boundary (asked of the document's cached facts first) that is a complementizer.
    private static bool IsComplementizer(EventDocument doc, int k) =>
        doc.IsBoundary(k) && ArgumentLexicon.Default.Is(doc.Word(k), ArgumentCue.Complementizer);
}
