using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>The kinds of word in data/rules/event-arguments.tsv; see the file's header for each.</summary>
[Flags]
internal enum ArgumentCue
{
    None = 0,
    PastAuxiliary = 1,
    PerfectParticle = 2,
    Relative = 4,
    Instrument = 8,
    Destination = 16,
    Conjunction = 32,
    Undergo = 64,
    ReferenceNoun = 128,
    Complementizer = 256,
    SecurityNoun = 512,
    SpeaksFor = 1024,
    ArmedNoun = 2048,
    Receive = 4096,
    Source = 8192,
    Belonging = 16384,
    LedBy = 32768,
    Pair = 65536,
    Organise = 131072,
    TargetNoun = 262144,
    With = 1 << 19,
    Within = 1 << 20,
    StatementNoun = 1 << 21,
    Phase = 1 << 22,
    Possess = 1 << 23,
    RejectedNoun = 1 << 24,
    VictimTail = 1 << 25,
    Continuation = 1 << 26,
    Circumstantial = 1 << 27,
    PartyNoun = 1 << 28,
    Governed = 1 << 29,
    Medium = 1 << 30,
    Speech = unchecked((int)(1u << 31)),
}

/// <summary>
/// The words the argument rules act on, by kind, from data/rules/event-arguments.tsv: one normalised word a
/// row, matched as written or through its proclitics (وكانت → كانت). Frozen and thread-safe.
/// </summary>
internal sealed class ArgumentLexicon
{
    private readonly ProcliticWordKinds _words = new(
        "event-arguments.tsv",
        RuleFile.Rows("Marsad.data.rules.event-arguments.tsv"),
        static kind => (int)Enum.Parse<ArgumentCue>(kind, ignoreCase: true));

    public static ArgumentLexicon Default { get; } = new();

    /// <summary>Whether a normalised word, as written or read through its proclitics, is of the kind.</summary>
    public bool Is(ReadOnlySpan<char> word, ArgumentCue kind) => _words.Any(word, (int)kind);

    /// <summary>Every kind a normalised word is, as written or read through its proclitics: one reading of its clitics for all kinds.</summary>
    public ArgumentCue Kinds(ReadOnlySpan<char> word) => (ArgumentCue)_words.Kinds(word);

    /// <summary>Whether a word longer than one letter starts with a proclitic of the kind (واعتقلت: و).</summary>
    public bool StartsWith(ReadOnlySpan<char> word, ArgumentCue kind) =>
        word.Length > 2 && (_words.Written(word[..1]) & (int)kind) != 0;
}
