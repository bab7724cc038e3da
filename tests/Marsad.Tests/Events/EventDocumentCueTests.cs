using Marsad.Events;
using Marsad.Events.Arguments;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Tests.Events;

/// <summary>
/// <see cref="EventDocument.Is"/> remembers each token's argument cue kinds: every kind it can be asked is answered as
/// the lexicon answers it, so a rule that asks a kind no rule asked before cannot silently read false.
/// </summary>
public sealed class EventDocumentCueTests
{
    [Fact]
    public void Every_argument_cue_kind_is_answered_as_the_lexicon_answers_it()
    {
        // A paragraph of our own (its words read through proclitics too: وكانت، وقال), then the first word of every kind
        // data/rules/event-arguments.tsv lists, so that every kind has a token of it.
        var firstOfEachKind = RuleFile.Rows("Marsad.data.rules.event-arguments.tsv")
            .GroupBy(static row => row[1].Trim(), StringComparer.Ordinal)
            .Select(static kind => kind.First()[0].Trim());
        var text = "وكانت قوات الأمن قد اعتقلت الشاب الذي شارك في المظاهرة، وقال المتحدث إن الشرطة فرّقت المحتجين. "
            + string.Join(" ", firstOfEachKind) + ".";
        using var doc = new EventDocument(TextAnalysis.Create(text), [], [], EventCoder.Default);

        foreach (var kind in Enum.GetValues<ArgumentCue>().Where(static k => k != ArgumentCue.None))
        {
            var words = 0;
            for (var j = 0; j < doc.Tokens.Length; j++)
            {
                var lexicon = doc.IsWord(j) && ArgumentLexicon.Default.Is(doc.Word(j), kind);
                Assert.True(lexicon == doc.Is(j, kind), $"{kind} at token {j} ({doc.Word(j)}): the lexicon says {lexicon}");
                words += lexicon ? 1 : 0;
            }

            Assert.True(words > 0, $"the document has no word of {kind}");
        }
    }
}
