using System.Collections.Frozen;
using Marsad.Events.Arguments;
using Marsad.Knowledge;
using Marsad.Recognition.Entities;

namespace Marsad.Events;

/// <summary>
/// A subject that is a title, not a name (issue 18, kinds 2 and 9): ورحب وزير الصناعة الأردني بالخطة، واتهم
/// المتحدث باسم الحركة… The noun phrase right after a verb (VSO) whose head is a title of the knowledge base
/// (data/kb/titles.jsonl) names no entity itself; the body or country its phrase names does, and acts.
/// </summary>
internal sealed partial class EventScan
{
    /// <summary>How many words of the title's phrase (its portfolio, باسم) may stand before what names its side.</summary>
    private const int MaxTitlePhrase = 4;

    // The first word of each of the knowledge base's titles (وزير، المتحدث، رئيس، السفير…), made once.
    private static readonly Lazy<FrozenSet<string>> TitleHeads = new(static () =>
        KnowledgeBase.Default.Titles.SelectMany(static t => t.Arabic).Select(static name => NameKey.Of(name))
            .Where(static key => key.Length > 0).Select(static key => key[0]).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// The side a title at token <paramref name="from"/> stands for, read in its own phrase before the clause
    /// ends: the entity named after باسم or as the last term of the title's construct (المتحدث باسم الحركة، وزير
    /// خارجية الأردن), or the nationality adjective that qualifies it (وزير المالية السوري، الوزير الأردني); null when
    /// the token is no title, a mention starts there (a title with a name is the person), or a preposition or a
    /// comma ends the phrase first (ورحب الوزير بالقرار). A noun with the article closes a construct, so a name
    /// after it is no genitive of the title but the verb's object (دعا الوزير الضيف موسكو).
    /// </summary>
    private Side? TitleSubject(int from, int clauseEnd)
    {
        if (from >= clauseEnd || !IsWord(from) || MentionAt(from) is not null || !TitleHeads.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(from)))
        {
            return null;
        }

        for (var t = from + 1; t < clauseEnd && t <= from + MaxTitlePhrase; t++)
        {
            if (!IsWord(t))
            {
                return null;
            }

            var previous = Word(t - 1);
            var speaksFor = ArgumentLexicon.Default.Is(previous, ArgumentCue.SpeaksFor);
            if (MentionAt(t) is { } mention)
            {
                var genitive = speaksFor || (Marker(t) is null && !previous.StartsWith("ال", StringComparison.Ordinal));
                // A place in the phrase (رئيس بلدية صور) is where the title serves, not a body it stands for.
                return genitive && !_places.Contains(mention.Entity.Id) ? Compound(t, clauseEnd) : null;
            }

            if (_adjectiveAt[t] is { } nationality)
            {
                return new Side(t, t + 1, [nationality.Id]);
            }

            if (!ArgumentLexicon.Default.Is(Word(t), ArgumentCue.SpeaksFor) && Lexicon.Is(Word(t), ScanWord.Preposition))
            {
                return null;
            }
        }

        return null;
    }
}
