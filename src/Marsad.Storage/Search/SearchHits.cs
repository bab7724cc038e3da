namespace Marsad.Storage.Search;

/// <summary>How both stores put a derivational search's hits after the exact ones.</summary>
internal static class SearchHits
{
    /// <summary>
    /// The exact hits, then the derived hits that are not among them, up to <paramref name="limit"/>. A derived
    /// hit is ranked below every exact hit whatever its own score: its score is halved and kept strictly below the
    /// hit before it, so that a client sorting by score keeps the same order.
    /// </summary>
    public static IReadOnlyList<SearchHit> WithDerived(List<SearchHit> exact, List<SearchHit> derived, int limit)
    {
        var seen = exact.Select(static h => h.Document.Id).ToHashSet(StringComparer.Ordinal);
        var ceiling = exact.Count == 0 ? double.MaxValue : exact[^1].Score;
        foreach (var hit in derived)
        {
            if (exact.Count >= limit)
            {
                break;
            }

            if (seen.Add(hit.Document.Id))
            {
                ceiling = Math.Min(hit.Score / 2, exact.Count == 0 ? ceiling : Math.BitDecrement(ceiling));
                exact.Add(hit with { Score = ceiling });
            }
        }

        return exact;
    }
}
