using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

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
/// One entity layer from the rules and the tagger. The rule-based <see cref="EntityRecognizer"/> runs first
/// and its knowledge-base mentions always stand, with their ids and <c>known: true</c>; the tagger then
/// reads the text (the rules' decision among its features), and each chunk it finds that overlaps no
/// mention becomes a <c>known: false</c> entity as the rules' pattern-found ones are. Where a chunk
/// overlaps a pattern-found mention, <see cref="DisagreementPolicy"/> decides. Last, the names found are
/// propagated to their later mentions (<see cref="NamePropagation"/>). Thread-safe.
/// </summary>
public sealed class EntityLayer
{
    private readonly EntityRecognizer _rules;
    private readonly NerTagger? _tagger;
    private readonly DisagreementPolicy _policy;
    private readonly NamePropagation? _propagation;

    public EntityLayer(EntityRecognizer rules, EntityGazetteer gazetteer, NerTagger? tagger, DisagreementPolicy policy = DisagreementPolicy.TaggerDecidesUnknown, bool propagate = true)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _tagger = tagger;
        _policy = policy;
        _propagation = propagate ? new NamePropagation(gazetteer) : null;
    }

    /// <summary>The entities of <paramref name="text"/>, in order of first mention.</summary>
    public ImmutableArray<EntityRecord> Recognize(TextAnalysis text, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = _rules.Recognize(text, date);
        return Combine(text, rules, _tagger?.Tag(text, rules));
    }

    /// <summary>The tagger of the layer, if it has one (the bench times it as a stage of its own).</summary>
    internal NerTagger? Tagger => _tagger;

    /// <summary>The layer's entities from the rules' and the tagger's (null: no tagger): the merge, then propagation.</summary>
    internal ImmutableArray<EntityRecord> Combine(TextAnalysis text, ImmutableArray<EntityRecord> rules, ImmutableArray<TaggedSpan>? chunks)
    {
        var merged = chunks is { } found ? Merge(text, rules, found) : rules;
        return _propagation is null ? merged : _propagation.Apply(text, merged);
    }

    private ImmutableArray<EntityRecord> Merge(TextAnalysis text, ImmutableArray<EntityRecord> rules, ImmutableArray<TaggedSpan> chunks)
    {
        var tokens = text.Tokens;
        var entities = rules.Select(static e => new EntityDraft(e)).ToList();

        // Which rule entity covers each token (-1: none), and which tokens a chunk of the tagger supports.
        var owner = new int[tokens.Length];
        owner.AsSpan().Fill(-1);
        for (var e = 0; e < entities.Count; e++)
        {
            foreach (var mention in entities[e].Mentions)
            {
                var (first, end) = TokenRange.Of(tokens, mention.Span);
                owner.AsSpan(first, end - first).Fill(e);
            }
        }

        var supported = new bool[tokens.Length];
        var added = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            supported.AsSpan(chunk.First, chunk.End - chunk.First).Fill(true);
            var overlapped = owner.AsSpan(chunk.First, chunk.End - chunk.First);
            if (overlapped.IndexOfAnyExcept(-1) < 0)
            {
                Add(text, chunk, entities, added);
                continue;
            }

            if (_policy == DisagreementPolicy.RulesFirst || HasKnown(overlapped, entities))
            {
                continue;
            }

            foreach (var e in overlapped)
            {
                if (e >= 0)
                {
                    entities[e].Mentions.RemoveAll(m => Overlaps(tokens, m.Span, chunk));
                }
            }

            Add(text, chunk, entities, added);
        }

        if (_policy == DisagreementPolicy.TaggerDecidesUnknown)
        {
            foreach (var entity in entities.Where(static e => !e.Record.Known))
            {
                entity.Mentions.RemoveAll(m => m.Form == MentionForms.Name && TokenRange.Of(tokens, m.Span) is var (first, end) && !supported.AsSpan(first, end - first).Contains(true));
            }
        }

        return [.. entities.Where(static e => e.Mentions.Count > 0).OrderBy(static e => e.Mentions.Min(static m => m.Span.Start)).Select(static e => e.Build())];
    }

    private static bool HasKnown(ReadOnlySpan<int> overlapped, List<EntityDraft> entities)
    {
        foreach (var e in overlapped)
        {
            if (e >= 0 && entities[e].Record.Known)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(ImmutableArray<Token> tokens, TextSpan span, TaggedSpan chunk) =>
        TokenRange.Of(tokens, span) is var (first, end) && first < chunk.End && end > chunk.First;

    /// <summary>A tagger chunk as a <c>known: false</c> entity, one per type and normalised name (as the rules key theirs).</summary>
    private static void Add(TextAnalysis text, TaggedSpan chunk, List<EntityDraft> entities, Dictionary<string, EntityDraft> added)
    {
        var span = new TextSpan(text.Tokens[chunk.First].Span.Start, text.Tokens[chunk.End - 1].Span.End);
        var mention = new Mention(span, span.Slice(text.Text), MentionForms.Name);
        var type = chunk.Type switch
        {
            NerType.Pers => "PERSON",
            NerType.Loc => "LOCATION",
            _ => "ORGANIZATION",
        };
        var id = $"unknown/{type.ToLowerInvariant()}/{ArabicNormalizer.Normalize(mention.Text).Replace(' ', '-')}";
        var existing = entities.Find(e => e.Record.Id == id);
        if (existing is null)
        {
            if (!added.TryGetValue(id, out existing))
            {
                existing = new EntityDraft(new EntityRecord(id, type, mention.Text, mention.Text, null, null, null, false, []));
                added.Add(id, existing);
                entities.Add(existing);
            }
        }

        existing.Mentions.Add(mention);
    }
}

/// <summary>An entity whose mentions are being changed: the record it came from and its mentions so far.</summary>
internal sealed class EntityDraft(EntityRecord record)
{
    public EntityRecord Record { get; } = record;

    public List<Mention> Mentions { get; } = [.. record.Mentions];

    public EntityRecord Build() =>
        Mentions.Count == Record.Mentions.Length && Mentions.SequenceEqual(Record.Mentions) ? Record
        : Record with { Mentions = [.. Mentions.OrderBy(static m => m.Span.Start)] };
}
