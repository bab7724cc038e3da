using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// One entity layer from the rules and the tagger. The rule-based <see cref="EntityRecognizer"/> runs first
/// and its knowledge-base mentions always stand, with their ids and <c>known: true</c>; the tagger then
/// reads the text (the rules' decision among its features), and each chunk it finds that overlaps no
/// mention becomes a <c>known: false</c> entity as the rules' pattern-found ones are. Where a chunk
/// overlaps a pattern-found mention, <see cref="DisagreementPolicy"/> decides. Last, the names found are
/// propagated to their later mentions (<see cref="NamePropagation"/>). Thread-safe.
/// </summary>
public sealed partial class EntityLayer
{
    // A stem after the article shorter than this is more likely a foreign name's own letters (والتر،
    // بالمر) than the article and a short word: the proclitic before it is kept.
    private const int MinArticleStem = 3;

    private readonly EntityRecognizer _rules;
    private readonly EntityGazetteer _gazetteer;
    private readonly NerTagger? _tagger;
    private readonly TypePolicies _policy;
    private readonly NamePropagation? _propagation;

    public EntityLayer(EntityRecognizer rules, EntityGazetteer gazetteer, NerTagger? tagger, DisagreementPolicy policy = DisagreementPolicy.TaggerDecidesUnknown, bool propagate = true)
        : this(rules, gazetteer, tagger, TypePolicies.All(policy), propagate)
    {
    }

    /// <summary>A layer with a disagreement policy for each type.</summary>
    public EntityLayer(EntityRecognizer rules, EntityGazetteer gazetteer, NerTagger? tagger, TypePolicies policy, bool propagate = true)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _tagger = tagger;
        _policy = policy;
        _propagation = propagate ? new NamePropagation(gazetteer) : null;
    }

    /// <summary>The entities of <paramref name="text"/>, in order of first mention.</summary>
    public ImmutableArray<EntityRecord> Recognize(TextAnalysis text, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_tagger is null)
        {
            return Combine(text, _rules.Recognize(text, date), null);
        }

        var lexicon = RentLexicon(text);
        try
        {
            var rules = _rules.Recognize(text, date, lexicon);
            return Combine(text, rules, _tagger.Tag(text, rules, lexicon), lexicon);
        }
        finally
        {
            PooledArrays.Return(lexicon);
        }
    }

    /// <summary>The tagger of the layer, if it has one (the bench times it as a stage of its own).</summary>
    internal NerTagger? Tagger => _tagger;

    /// <summary>
    /// A pooled array for the lexicon facts the rules find and the tagger reads
    /// (<see cref="EntityRecognizer.Recognize(TextAnalysis, DateOnly?, int[])"/>), every token's slot -1
    /// (not looked up yet); give it back with <see cref="PooledArrays.Return{T}"/>.
    /// </summary>
    internal static int[] RentLexicon(TextAnalysis text)
    {
        var lexicon = PooledArrays.Rent<int>(text.Tokens.Length);
        lexicon.AsSpan(0, text.Tokens.Length).Fill(-1);
        return lexicon;
    }

    /// <summary>The layer's entities from the rules' and the tagger's (null: no tagger): the merge, then propagation (reading the rules' <paramref name="lexicon"/>, if given).</summary>
    internal ImmutableArray<EntityRecord> Combine(TextAnalysis text, ImmutableArray<EntityRecord> rules, ImmutableArray<TaggedSpan>? chunks, int[]? lexicon = null)
    {
        var merged = FacilityNames.Apply(_gazetteer, text, chunks is { } found ? Merge(text, rules, found, lexicon) : rules);
        return _propagation is null ? merged : _propagation.Apply(text, merged, lexicon);
    }

    // Most texts change few of the rules' entities: an entity's mentions are copied (a draft) only when a
    // chunk changes them, and the rules' array is returned as it is when none does. Each chunk reads only
    // the tokens it covers (RuleMentionIndex) and each id is found by a dictionary (AddedEntities), so the
    // merge stays linear in the text however often a name comes.
    private ImmutableArray<EntityRecord> Merge(TextAnalysis text, ImmutableArray<EntityRecord> rules, ImmutableArray<TaggedSpan> chunks, int[]? lexicon)
    {
        var tokens = text.Tokens;
        var drafts = new EntityDraft?[rules.Length];
        var added = new AddedEntities(rules);

        // Which rule entity covers each token (index.Owner, -1: none), and which tokens a chunk of the tagger supports.
        var index = new RuleMentionIndex(tokens, rules);
        var supported = PooledArrays.RentCleared<bool>(tokens.Length);
        var overlapping = new List<int>();
        try
        {
            var owner = index.Owner;
            var model = _tagger?.Model;
            var number = 0;
            foreach (var found in chunks)
            {
                var chunk = PlaceHeadNames.Trim(_gazetteer, text, lexicon, found);
                if (PlaceHeadNames.IsHeadAlone(_gazetteer, text, chunk))
                {
                    continue;
                }

                supported.AsSpan(chunk.First, chunk.End - chunk.First).Fill(true);
                var overlapped = owner.AsSpan(chunk.First, chunk.End - chunk.First);
                if (overlapped.IndexOfAnyExcept(-1) < 0)
                {
                    // Alone, a chunk is the tagger's guess: one surer than its type's margin is kept.
                    if (!(model is not null && chunk.Margin < model.MarginOf(chunk.Type)))
                    {
                        Add(text, chunk, rules, drafts, added);
                    }

                    continue;
                }

                index.Stamp(overlapped, ++number);
                if (_policy.Of(chunk.Type) == DisagreementPolicy.RulesFirst || (HasKnown(overlapped, rules) && !OrganizationOverPlaces(rules, index, chunk, number, overlapped, overlapping)))
                {
                    continue;
                }

                index.Overlapping(chunk, number, overlapping);
                foreach (var m in overlapping)
                {
                    Draft(rules, drafts, index.EntityOf(m));
                    index.Remove(m);
                }

                Add(text, chunk, rules, drafts, added);
            }

            for (var e = 0; e < rules.Length; e++)
            {
                if (drafts[e] is { } draft)
                {
                    index.Compact(e, draft);
                }
            }

            if (_policy.Any(DisagreementPolicy.TaggerDecidesUnknown))
            {
                // The entities the tagger added are all supported: only the rules' can lose a mention here.
                for (var e = 0; e < rules.Length; e++)
                {
                    if (!rules[e].Known && _policy.Of(rules[e].Type) == DisagreementPolicy.TaggerDecidesUnknown && HasUnsupported(MentionsOf(rules, drafts, e), tokens, supported))
                    {
                        Draft(rules, drafts, e).Mentions.RemoveAll(m => Unsupported(m, tokens, supported));
                    }
                }
            }
        }
        finally
        {
            index.Dispose();
            PooledArrays.Return(supported);
        }

        return Order(rules, drafts, added.Drafts);
    }

    /// <summary>The entities with a mention left, in order of first mention (ties in the order they came).</summary>
    private static ImmutableArray<EntityRecord> Order(ImmutableArray<EntityRecord> rules, EntityDraft?[] drafts, List<EntityDraft> added)
    {
        var unchanged = added.Count == 0 && Array.TrueForAll(drafts, static d => d is null);
        if (unchanged && InOrder(rules))
        {
            return rules;
        }

        var kept = new List<(int Start, EntityRecord Record)>(rules.Length + added.Count);
        for (var e = 0; e < rules.Length; e++)
        {
            if (drafts[e] is { } draft)
            {
                if (draft.Mentions.Count > 0)
                {
                    kept.Add((FirstStart(CollectionsMarshal.AsSpan(draft.Mentions)), draft.Build()));
                }
            }
            else if (rules[e].Mentions.IsEmpty)
            {
                unchanged = false;
            }
            else
            {
                kept.Add((FirstStart(rules[e].Mentions.AsSpan()), rules[e]));
            }
        }

        foreach (var draft in added)
        {
            kept.Add((FirstStart(CollectionsMarshal.AsSpan(draft.Mentions)), draft.Build()));
        }

        var sorted = true;
        for (var k = 1; k < kept.Count && sorted; k++)
        {
            sorted = kept[k - 1].Start <= kept[k].Start;
        }

        if (sorted && unchanged)
        {
            return rules;
        }

        return sorted ? [.. kept.Select(static k => k.Record)] : [.. kept.OrderBy(static k => k.Start).Select(static k => k.Record)];
    }

    private static bool InOrder(ImmutableArray<EntityRecord> rules)
    {
        var previous = int.MinValue;
        foreach (var entity in rules)
        {
            if (entity.Mentions.IsEmpty || FirstStart(entity.Mentions.AsSpan()) < previous)
            {
                return false;
            }

            previous = FirstStart(entity.Mentions.AsSpan());
        }

        return true;
    }

    private static int FirstStart(ReadOnlySpan<Mention> mentions)
    {
        var start = int.MaxValue;
        foreach (var mention in mentions)
        {
            start = Math.Min(start, mention.Span.Start);
        }

        return start;
    }

    private static bool HasUnsupported(ReadOnlySpan<Mention> mentions, ImmutableArray<Token> tokens, bool[] supported)
    {
        foreach (var mention in mentions)
        {
            if (Unsupported(mention, tokens, supported))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name mention no token of which a tagger chunk supports.</summary>
    private static bool Unsupported(Mention mention, ImmutableArray<Token> tokens, bool[] supported) =>
        mention.Form == MentionForms.Name && TokenRange.Of(tokens, mention.Span) is var (first, end) && !supported.AsSpan(first, end - first).Contains(true);

    private static ReadOnlySpan<Mention> MentionsOf(ImmutableArray<EntityRecord> rules, EntityDraft?[] drafts, int e) =>
        drafts[e] is { } draft ? CollectionsMarshal.AsSpan(draft.Mentions) : rules[e].Mentions.AsSpan();

    private static EntityDraft Draft(ImmutableArray<EntityRecord> rules, EntityDraft?[] drafts, int e) => drafts[e] ??= new EntityDraft(rules[e]);

    private static bool HasKnown(ReadOnlySpan<int> overlapped, ImmutableArray<EntityRecord> rules)
    {
        foreach (var e in overlapped)
        {
            if (e >= 0 && rules[e].Known)
            {
                return true;
            }
        }

        return false;
    }
}
