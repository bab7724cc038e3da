namespace Marsad.Knowledge;

/// <summary>
/// A role a person held: a title in a country's (or an organisation's) sector between two dates.
/// <c>To</c> null means the role was held when the entry was written.
/// </summary>
public sealed record KbRole(string Title, string? Country, string Sector, string? Org, PartialDate From, PartialDate? To)
{
    /// <summary>
    /// Whether the role was held on <paramref name="date"/>. Imprecise bounds are read generously:
    /// a role from "2019" counts from 2019-01-01, one to "2021" until 2021-12-31.
    /// </summary>
    public bool HeldOn(DateOnly date) => From.First <= date && (To is not { } to || date <= to.Last);
}
