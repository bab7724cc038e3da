using System.Collections.Frozen;

namespace Marsad.Text;

/// <summary>
/// Looks a word up in a frozen table by its characters in place, without making a string of it: the
/// recognisers ask such questions of nearly every token, and a string per question was most of what
/// they allocated. The tables must be built with <see cref="StringComparer.Ordinal"/>.
/// </summary>
internal static class SpanLookups
{
    public static bool ContainsSpan(this FrozenSet<string> set, ReadOnlySpan<char> key) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    public static bool TryGetSpan<TValue>(this FrozenDictionary<string, TValue> table, ReadOnlySpan<char> key, out TValue value) =>
        table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);

    public static bool ContainsKeySpan<TValue>(this FrozenDictionary<string, TValue> table, ReadOnlySpan<char> key) =>
        table.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key);
}
