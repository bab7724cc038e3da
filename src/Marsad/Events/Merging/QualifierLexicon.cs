using Marsad.Rules;

namespace Marsad.Events.Merging;

/// <summary>The kinds of word in data/rules/event-qualifiers.tsv; see the file's header for each.</summary>
[Flags]
internal enum QualifierWord
{
    None = 0,
    Charge = 1,
    Judgement = 2,
    Complementizer = 4,
    Purpose = 8,
}

/// <summary>
/// The words <see cref="QualifiedActs"/> reads a charge, a judgement or a purpose by, from data/rules/event-qualifiers.tsv: one
/// normalised word a row, matched as written or through its proclitics (وبتهمة → بتهمة). A lexicon of its own, as
/// <see cref="Arguments.ArgumentCue"/> has no bit left. Frozen and thread-safe.
/// </summary>
internal sealed class QualifierLexicon
{
    private readonly ProcliticWordKinds _words = new(
        "event-qualifiers.tsv",
        RuleFile.Rows("Marsad.data.rules.event-qualifiers.tsv"),
        static kind => (int)Enum.Parse<QualifierWord>(kind, ignoreCase: true));

    public static QualifierLexicon Default { get; } = new();

    /// <summary>Whether a normalised word, as written or read through its proclitics, is of the kind.</summary>
    public bool Is(ReadOnlySpan<char> word, QualifierWord kind) => _words.Any(word, (int)kind);
}
