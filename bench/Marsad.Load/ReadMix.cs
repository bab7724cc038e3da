namespace Marsad.Load;

/// <summary>
/// What the reading clients ask, in the proportions an analyst's session and a script's polling give: searches
/// most, then articles, events, entities, dyads and timelines, through the API and through the pages. Every
/// request names something the store holds, so any answer but 200 is an error.
/// </summary>
internal sealed class ReadMix(IReadOnlyList<string> words, IReadOnlyList<string> entities, IReadOnlyList<(string A, string B)> dyads, Func<Random, string> documentId)
{
    private static readonly (string Kind, int Weight)[] Kinds =
    [
        ("search-api", 25), ("search-page", 10),
        ("document-api", 15), ("document-page", 10),
        ("events-api", 10), ("events-page", 5),
        ("entity-api", 10), ("entity-page", 5),
        ("dyad-api", 5), ("timeline-api", 5),
    ];

    private static readonly int TotalWeight = Kinds.Sum(static k => k.Weight);

    public (string Kind, string Path) Next(Random random)
    {
        var roll = random.Next(TotalWeight);
        var kind = Kinds.First(k => (roll -= k.Weight) < 0).Kind;
        var word = Escape(words[random.Next(words.Count)]);
        var entity = Escape(entities[random.Next(entities.Count)]);
        var (a, b) = dyads[random.Next(dyads.Count)];
        return (kind, kind switch
        {
            "search-api" => $"/api/search?q={word}&limit=10",
            "search-page" => $"/?q={word}",
            "document-api" => "/api/documents/" + documentId(random),
            "document-page" => "/documents/" + documentId(random),
            "events-api" => $"/api/events?actor={entity}&limit=50",
            "events-page" => $"/events?actor={entity}&limit=100",
            "entity-api" => "/api/entities/" + entities[random.Next(entities.Count)],
            "entity-page" => $"/entity?id={entity}",
            "dyad-api" => $"/api/dyad?a={Escape(a)}&b={Escape(b)}&limit=50",
            _ => $"/api/timeline?entity={entity}",
        });
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
