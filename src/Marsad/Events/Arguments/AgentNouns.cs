using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>
/// The actor named by what it is, not by name (issue 18, GSR actor sector): an attack or arrest with no actor
/// whose subject is a noun of a class of agents (قالت مصادر إن القوات شنت غارة، أفادت بأن متمردين هاجموا، قام
/// عدد من الجنود بقتل، هجوم شنه متمردون) was done by that class, and the class's sector is what CAMEO codes
/// (military, police, rebels). The nouns and the knowledge-base entity each stands for are typed in
/// data/rules/event-agents.tsv; a weapon or armed force (event-arguments.tsv, kind instrument) is the army's.
/// The subject is read only where Arabic puts the doer: before the verb, at the start of its clause (after a
/// complementizer, a comma or the sentence's start, or behind a partitive من), or after a resumptive verb of
/// the attack noun (هجوم شنه). A noun before a verb that tells the deed was suffered (جنود قتلوا في انفجار)
/// or after a number (ثلاثة جنود قتلوا) is the victim of a passive, never its doer; the noun right after
/// a verb is not read at all, since undotted news verbs there are more often passive (قتل جنود).
/// </summary>
internal static class AgentNouns
{
    /// <summary>How many words before the trigger the subject may start (قام عدد من جنود «المارينز» بقتل).</summary>
    private const int Reach = 6;

    private static readonly Lexicon Agents = new();

    /// <param name="agent">Makes the knowledge-base entity of an agent class a side of the document: its id → the side's id.</param>
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string?> agent) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event is not (PloverType.Assault or PloverType.Coerce) || !e.Actor.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end))
            {
                return e;
            }

            var (a, b) = doc.Sentence(e.Sentence);
            var at = Before(doc, first, a) is var before and >= 0 ? before : Resumed(doc, end, b);
            if (at < 0)
            {
                return e;
            }

            var side = Antecedent(doc, at) ?? agent(ClassOf(doc, at)!);
            return side is not null && !e.Recipient.Contains(side) ? e with { Actor = [side] } : e;
        });

    /// <summary>
    /// The side a definite agent noun refers back to: the last mention before it whose name opens with the same
    /// noun without the article (القوات after قوات الدعم السريع), as a definite noun alone names what the text already
    /// introduced; with none, the class itself.
    /// </summary>
    private static string? Antecedent(EventDocument doc, int at)
    {
        var word = doc.Word(at);
        var article = word.IndexOf("ال", StringComparison.Ordinal);
        if (article is < 0 or > 2)
        {
            return null;
        }

        var bare = word[(article + 2)..];
        for (var j = at - 1; j >= 0; j--)
        {
            // The noun may open the mention or stand right before it (قوات before the name الدعم السريع).
            if (doc.IsWord(j) && doc.Word(j).SequenceEqual(bare) && (doc.MentionAt(j) ?? doc.MentionAt(j + 1)) is { } mention)
            {
                return mention.Entity.Id;
            }
        }

        return null;
    }

    /// <summary>The token of the agent noun that starts the trigger's clause before it, unless the trigger reads as a passive; else -1.</summary>
    private static int Before(EventDocument doc, int first, int a)
    {
        if (first == a || Tokens.Is(doc, first + 1, ArgumentCue.VictimTail) || doc.MentionAt(first - 1) is not null)
        {
            return -1;
        }

        for (var t = first - 1; t >= Math.Max(a, first - Reach); t--)
        {
            if (doc.MentionAt(t) is not null || Tokens.IsComma(doc, t) || Tokens.Is(doc, t, ArgumentCue.Complementizer))
            {
                return -1;
            }

            // A word between them that tells the deed was suffered (قتلوا جراء القصف) leaves the noun the victim.
            if (Tokens.Is(doc, t, ArgumentCue.VictimTail))
            {
                return -1;
            }

            if (ClassOf(doc, t) is not null && Opens(doc, t - 1, a))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>Whether the token before an agent noun lets it be a subject: the clause's start, or a partitive من (عدد من الجنود).</summary>
    private static bool Opens(EventDocument doc, int before, int a) =>
        before < a || Tokens.IsComma(doc, before) || Tokens.Is(doc, before, ArgumentCue.Complementizer) || IsQuote(doc, before)
        || (Tokens.Is(doc, before, ArgumentCue.Source) && doc.IsWord(before - 1) && doc.Tokens[before - 1].Kind != Marsad.Text.TokenKind.Number);

    /// <summary>The token of the agent after a resumptive verb of an attack noun (هجوم شنه متمردون، غارة نفذتها طائرات), else -1.</summary>
    private static int Resumed(EventDocument doc, int end, int b) =>
        end + 1 < b && doc.IsWord(end) && doc.MentionAt(end) is null
        && ObjectPronounEndings.Of(doc, end) != PronounEnding.None
        && doc.MentionAt(end + 1) is null && ClassOf(doc, end + 1) is not null ? end + 1 : -1;

    /// <summary>The knowledge-base id of the class of agents the word at token t names (a weapon the army's), else null.</summary>
    internal static string? ClassOf(EventDocument doc, int t) =>
        !doc.IsWord(t) ? null
        : Agents.ClassOf(doc.Word(t)) ?? (Tokens.Is(doc, t, ArgumentCue.Instrument) ? Lexicon.Army : null);

    private static bool IsQuote(EventDocument doc, int j) => j >= 0 && doc.Word(j) is "«" or "\"" or "“";

    /// <summary>data/rules/event-agents.tsv: a noun → the knowledge-base entity of its class, read through proclitics.</summary>
    private sealed class Lexicon
    {
        /// <summary>The class a weapon or armed force stands for.</summary>
        public const string Army = "institution/army";

        private readonly string[] _ids;
        private readonly ProcliticWordKinds _words;

        public Lexicon()
        {
            var rows = RuleFile.Rows("Marsad.data.rules.event-agents.tsv");
            _ids = [.. rows.Select(static r => r[1].Trim()).Distinct(StringComparer.Ordinal)];
            // The shared reader hands the kind column over without its hyphens (armed-opposition → armedopposition).
            var keys = _ids.Select(static id => id.Replace("-", string.Empty, StringComparison.Ordinal)).ToArray();
            _words = new ProcliticWordKinds("event-agents.tsv", rows, key => 1 << Array.IndexOf(keys, key));
        }

        /// <summary>The entity id of the class a normalised word names, or null.</summary>
        public string? ClassOf(ReadOnlySpan<char> word)
        {
            var kinds = _words.Kinds(word);
            return kinds == 0 ? null : _ids[System.Numerics.BitOperations.TrailingZeroCount(kinds)];
        }
    }
}
