using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>The kinds of word in data/rules/force-members.tsv; see the file's header for each.</summary>
[Flags]
internal enum ForceWord
{
    None = 0,
    MemberHead = 1,
    Partitive = 2,
    Proclitic = 4,
}

/// <summary>
/// The words <see cref="UnplacedForces"/> reads a force's men by, from data/rules/force-members.tsv: one
/// normalised word a row, matched as written or through its proclitics (وعناصر → عناصر). A lexicon of its own,
/// as <see cref="ArgumentCue"/> has no bit left. Frozen and thread-safe.
/// </summary>
internal sealed class ForceMemberLexicon
{
    private readonly ProcliticWordKinds _words = new(
        "force-members.tsv",
        RuleFile.Rows("Marsad.data.rules.force-members.tsv"),
        static kind => (int)Enum.Parse<ForceWord>(kind, ignoreCase: true));

    public static ForceMemberLexicon Default { get; } = new();

    /// <summary>Whether a normalised word, as written or read through its proclitics, is of the kind.</summary>
    public bool Is(ReadOnlySpan<char> word, ForceWord kind) => _words.Any(word, (int)kind);

    /// <summary>Whether a word, exactly as written (no proclitic read off), is of the kind.</summary>
    public bool IsWritten(ReadOnlySpan<char> word, ForceWord kind) => (_words.Written(word) & (int)kind) != 0;

    /// <summary>Whether a word of more than two letters is written with its first letter of the kind (a proclitic).</summary>
    public bool StartsWith(ReadOnlySpan<char> word, ForceWord kind) =>
        word.Length > 2 && (_words.Written(word[..1]) & (int)kind) != 0;
}
