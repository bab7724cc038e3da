using Marsad.Storage;

namespace Marsad.Web.Views;

/// <summary>Events drawn as one mark: their mean point, how far the furthest lies from it, and the events.</summary>
internal sealed record EventCluster(double Lat, double Lon, double RadiusKm, IReadOnlyList<StoredEvent> Events);

/// <summary>
/// Groups the events whose places have coordinates into the cells of a square grid over the projected map,
/// so that where events are dense the map draws one mark with their count instead of a pile of dots. The
/// grid is fixed (cells of <c>cell</c> degrees from the origin), so the same events always cluster the same
/// way; a cell's mark stands at the mean of its events' points.
/// </summary>
internal static class EventClusters
{
    public static IReadOnlyList<EventCluster> Of(IEnumerable<StoredEvent> events, double cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cell);
        var cells = new Dictionary<(long, long), List<StoredEvent>>();
        foreach (var e in events)
        {
            if (e.Place is not { Lat: { } lat, Lon: { } lon })
            {
                continue;
            }

            var (x, y) = WorldMap.Project(lat, lon);
            var key = ((long)Math.Floor(x / cell), (long)Math.Floor(y / cell));
            if (!cells.TryGetValue(key, out var members))
            {
                cells[key] = members = [];
            }

            members.Add(e);
        }

        return [.. cells.OrderBy(static c => c.Key.Item2).ThenBy(static c => c.Key.Item1).Select(static c => Cluster(c.Value))];
    }

    private static EventCluster Cluster(List<StoredEvent> members)
    {
        var lat = members.Average(static e => e.Place!.Lat!.Value);
        var lon = members.Average(static e => e.Place!.Lon!.Value);
        var radius = members.Max(e => GreatCircle.Km(lat, lon, e.Place!.Lat!.Value, e.Place.Lon!.Value));
        return new EventCluster(lat, lon, radius, members);
    }
}
