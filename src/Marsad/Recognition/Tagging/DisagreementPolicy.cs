namespace Marsad.Recognition.Tagging;

/// <summary>How the layer settles a tagger chunk that overlaps a mention the rules found (docs/EVALUATION.md measures each).</summary>
public enum DisagreementPolicy
{
    /// <summary>Every rule mention stays; a tagger chunk is added only where the rules found nothing.</summary>
    RulesFirst,

    /// <summary>Knowledge-base mentions stay; a tagger chunk replaces the pattern-found (<c>known: false</c>) mentions it overlaps.</summary>
    TaggerFirst,

    /// <summary>As <see cref="TaggerFirst"/>, and a pattern-found name mention no tagger chunk overlaps is dropped too.</summary>
    TaggerDecidesUnknown,
}
