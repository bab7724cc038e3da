using Marsad.Model;

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

/// <summary>
/// A <see cref="DisagreementPolicy"/> for each type: a tagger chunk is settled by its own type's, a rule
/// entity's unsupported mentions by the entity's type's (docs/EVALUATION.md measures each per type).
/// </summary>
public readonly record struct TypePolicies(DisagreementPolicy Loc, DisagreementPolicy Pers, DisagreementPolicy Org)
{
    /// <summary>The same policy for every type.</summary>
    public static TypePolicies All(DisagreementPolicy policy) => new(policy, policy, policy);

    public DisagreementPolicy Of(NerType type) => type switch
    {
        NerType.Loc => Loc,
        NerType.Pers => Pers,
        _ => Org,
    };

    /// <summary>The policy of a rule entity of <paramref name="entityType"/> (people, bodies and groups, the rest as places).</summary>
    public DisagreementPolicy Of(EntityType entityType) => entityType switch
    {
        EntityType.Person => Pers,
        EntityType.Organization or EntityType.Group => Org,
        _ => Loc,
    };

    /// <summary>Whether some type has <paramref name="policy"/>.</summary>
    public bool Any(DisagreementPolicy policy) => Loc == policy || Pers == policy || Org == policy;

    public override string ToString() => Loc == Pers && Pers == Org ? Loc.ToString() : $"LOC {Loc}, PERS {Pers}, ORG {Org}";
}
