using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>The kinds of word in data/rules/recipient-words.tsv; see the file's header for each.</summary>
[Flags]
internal enum RecipientWord
{
    None = 0,
    Neighbour = 1,
}

/// <summary>
/// The words the recipient passes read a side by its relation to the actor, from data/rules/recipient-words.tsv:
/// one normalised word a row, matched as written or through its proclitics. A lexicon of its own, as
/// <see cref="ArgumentCue"/> has no bit left. Frozen and thread-safe.
/// </summary>
internal sealed class RecipientWordLexicon
{
    private readonly ProcliticWordKinds _words = new(
        "recipient-words.tsv",
        RuleFile.Rows("Marsad.data.rules.recipient-words.tsv"),
        static kind => (int)Enum.Parse<RecipientWord>(kind, ignoreCase: true));

    public static RecipientWordLexicon Default { get; } = new();

    /// <summary>Whether token <paramref name="j"/> is a word of the kind, as written or read through its proclitics.</summary>
    public bool Is(EventDocument doc, int j, RecipientWord kind) => doc.IsWord(j) && _words.Any(doc.Word(j), (int)kind);
}
