using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// The entities the merge added, in the order it added them, and every id it may have to find: the rules'
/// (the first entity of an id, as the rules key theirs) and the added ones', each found by a dictionary.
/// </summary>
internal sealed class AddedEntities(ImmutableArray<EntityRecord> rules)
{
    private readonly Dictionary<string, EntityDraft> _added = new(StringComparer.Ordinal);

    // Made on the first look-up: a text where the tagger adds nothing never needs it.
    private Dictionary<string, int>? _rules;

    public List<EntityDraft> Drafts { get; } = [];

    /// <summary>The rule entity (its index) or the added one of <paramref name="id"/>; (-1, null) if neither.</summary>
    public (int Rule, EntityDraft? Added) Find(string id)
    {
        if (_rules is null)
        {
            _rules = new Dictionary<string, int>(rules.Length, StringComparer.Ordinal);
            for (var e = 0; e < rules.Length; e++)
            {
                _rules.TryAdd(rules[e].Id, e);
            }
        }

        return _rules.TryGetValue(id, out var rule) ? (rule, null) : (-1, _added.GetValueOrDefault(id));
    }

    public void Add(string id, EntityDraft draft)
    {
        Drafts.Add(draft);
        _added.Add(id, draft);
    }
}

/// <summary>An entity whose mentions are being changed: the record it came from and its mentions so far.</summary>
internal sealed class EntityDraft(EntityRecord record)
{
    public EntityRecord Record { get; } = record;

    public List<Mention> Mentions { get; } = [.. record.Mentions];

    public EntityRecord Build() =>
        Mentions.Count == Record.Mentions.Length && Mentions.SequenceEqual(Record.Mentions) ? Record
        : Record with { Mentions = InTextOrder(Mentions) ? [.. Mentions] : [.. Mentions.OrderBy(static m => m.Span.Start)] };

    // Mentions mostly come in text order already; the stable sort (and its buffers) only for the rest.
    private static bool InTextOrder(List<Mention> mentions)
    {
        for (var m = 1; m < mentions.Count; m++)
        {
            if (mentions[m].Span.Start < mentions[m - 1].Span.Start)
            {
                return false;
            }
        }

        return true;
    }
}
