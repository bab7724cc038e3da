using Marsad.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Marsad.Web.Api;

/// <summary>
/// The filters that <c>/api/events</c> and <c>/api/events.geojson</c> share, bound once from the query string
/// (<c>[AsParameters]</c>) so the two endpoints cannot drift apart in what they accept or how it reads.
/// Each value stays text until <see cref="ToQuery"/>, so a bad one is answered as a problem naming the parameter.
/// </summary>
internal sealed class EventFilters
{
    [FromQuery(Name = "actor")]
    public string? Actor { get; init; }

    [FromQuery(Name = "recipient")]
    public string? Recipient { get; init; }

    [FromQuery(Name = "exact")]
    public string? Exact { get; init; }

    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [FromQuery(Name = "country")]
    public string? Country { get; init; }

    [FromQuery(Name = "near")]
    public string? Near { get; init; }

    /// <summary>The store's query for these filters; throws <see cref="BadParameterException"/> on a value that does not read.</summary>
    public EventQuery ToQuery()
    {
        var (fromDate, toDate) = Parameters.Range(From, To);
        return new EventQuery
        {
            Actor = Parameters.EntityId("actor", Actor),
            Recipient = Parameters.EntityId("recipient", Recipient),
            Exact = Parameters.Flag("exact", Exact),
            EventType = Parameters.EventType("type", Type),
            From = fromDate,
            To = toDate,
            Country = Parameters.Country("country", Country),
            Near = Parameters.Near("near", Near),
        };
    }
}
