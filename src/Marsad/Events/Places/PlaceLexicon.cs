using Marsad.Rules;

namespace Marsad.Events.Places;

/// <summary>The kinds of word in data/rules/event-places.tsv; see the file's header for each.</summary>
[Flags]
internal enum PlaceWord
{
    None = 0,
    At = 1,
    Head = 2,
    Direction = 4,
    Capital = 8,
    Side = 16,
}

/// <summary>
/// The words the event-location pass reads before a place's name, by kind, from data/rules/event-places.tsv:
/// one normalised word a row, matched as written or through its proclitics (وفي → في). Frozen and thread-safe.
/// </summary>
internal sealed class PlaceLexicon
{
    private readonly ProcliticWordKinds _words = new(
        "event-places.tsv",
        RuleFile.Rows("Marsad.data.rules.event-places.tsv"),
        static kind => (int)Enum.Parse<PlaceWord>(kind, ignoreCase: true));

    public static PlaceLexicon Default { get; } = new();

    /// <summary>The kinds a normalised word is, as written or read through its proclitics.</summary>
    public PlaceWord Kinds(ReadOnlySpan<char> word) => (PlaceWord)_words.Kinds(word);
}
