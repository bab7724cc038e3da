using System.Collections.Immutable;
using Marsad.Events.Arguments;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Times;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>
/// The token-indexed document the event passes read, built once per analysis from the text layer and the
/// recognisers' spans: the tokens with their normalised words and what the coder's lexicon says of each
/// (<see cref="EventWord"/>, found once per word); the sentences as token ranges, and the sentence of every
/// token; the entity layer (the mention that starts at each token, and the country whose nationality each
/// token is); and the tokens inside a time expression. The argument passes add mentions to the entity layer
/// (national sides, reciprocals, placed forces); nothing else changes after it is built. Its per-token arrays
/// are pooled: dispose it when the passes are done.
/// </summary>
internal sealed class EventDocument : IDisposable
{
    // For each token, the entity whose name, metonym or role mention starts there, and the end token of that
    // mention: one more than its place in _mentions, or 0. Four bytes a token rather than the 24 of the mention
    // itself, since a very long text's per-token arrays are most of what the document holds.
    private readonly int[] _mentionAt;

    private readonly List<(EntityRecord Entity, int End, int MentionStart)> _mentions = [];

    // Per sentence, its tokens [First, End), (-1, -1) for a sentence without one; per token, its sentence or -1.
    private readonly (int First, int End)[] _sentences;

    private readonly int[] _sentenceOf;

    // A token's facts hold every argument cue kind of its word, shifted past the two bits of their own: every kind
    // Is can be asked is answered (a kind left out would silently read false). Long, so that any int kind fits.
    private const int CueShift = 2;

    // Per token, its lexicon facts once asked (None: not asked yet).
    private readonly TokenFacts[] _facts;

    [Flags]
    private enum TokenFacts : long
    {
        None = 0,
        Known = 1,
        Boundary = 2,
    }

    public EventDocument(TextAnalysis text, ImmutableArray<EntityRecord> entities, ImmutableArray<TimeExpression> times, EventCoder coder)
    {
        Text = text;
        Tokens = text.Tokens;
        Normalized = text.Normalized;
        Entities = entities;
        FocusCountry = FirstCountryNamedTwice(entities);
        Words = new EventWordHits(coder.Words, Tokens.Length);
        _mentionAt = PooledArrays.RentCleared<int>(Tokens.Length);
        AdjectiveAt = PooledArrays.RentCleared<EntityRecord?>(Tokens.Length);
        // Loops with the tests inside, not Where: a query per entity cost an iterator each.
        foreach (var entity in entities)
        {
            if (entity.Type != EntityType.Country)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                var (first, _) = mention.Form == MentionForms.Adjective ? TokensOf(mention.Span) : (-1, -1);
                if (first >= 0)
                {
                    AdjectiveAt[first] = entity;
                }
            }
        }

        // Room for every mention at once, where the list grew by doubling through the document's mentions.
        var mentions = 0;
        foreach (var entity in entities)
        {
            mentions += entity.Mentions.Length;
        }

        _mentions.EnsureCapacity(mentions);
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                if (mention.Form == MentionForms.Adjective)
                {
                    continue;
                }

                var (first, end) = TokensOf(mention.Span);
                if (first >= 0 && (MentionAt(first) is not { } other || other.End - first < end - first))
                {
                    SetMentionAt(first, (entity, end, mention.Span.Start));
                }
            }
        }

        _facts = PooledArrays.RentCleared<TokenFacts>(Tokens.Length);
        InTime = PooledArrays.RentCleared<bool>(Tokens.Length);
        foreach (var time in times)
        {
            var (first, end) = TokensOf(time.Span);
            for (var t = Math.Max(first, 0); t < end; t++)
            {
                InTime[t] = true;
            }
        }

        _sentences = new (int, int)[text.Sentences.Length];
        _sentenceOf = PooledArrays.Rent<int>(Tokens.Length);
        Array.Fill(_sentenceOf, -1, 0, Tokens.Length);
        for (var s = 0; s < text.Sentences.Length; s++)
        {
            var (a, b) = _sentences[s] = TokensOf(text.Sentences[s]);
            for (var t = Math.Max(a, 0); t < b; t++)
            {
                _sentenceOf[t] = s;
            }
        }
    }

    public TextAnalysis Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public NormalizedText Normalized { get; }

    public ImmutableArray<EntityRecord> Entities { get; }

    /// <summary>
    /// The document's main country: news leads with its subject, so it is the first one named more than once
    /// (the earliest first mention; of equals, the first entity). Found once here for the scan and the places pass.
    /// </summary>
    public string? FocusCountry { get; }

    /// <summary>Each token's word and its lexicon facts, found at the first ask.</summary>
    public EventWordHits Words { get; }

    /// <summary>For each token, the country whose nisba adjective it is (غارة إسرائيلية).</summary>
    public EntityRecord?[] AdjectiveAt { get; }

    /// <summary>Tokens inside a time expression (they may stand between a trigger's words: أطلقت صباح أمس صواريخ).</summary>
    public bool[] InTime { get; }

    /// <summary>How many sentences the text has.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>The tokens [First, End) of sentence <paramref name="s"/>; (-1, -1) when it has none.</summary>
    public (int First, int End) Sentence(int s) => _sentences[s];

    /// <summary>The sentence token <paramref name="t"/> is read in, or -1.</summary>
    public int SentenceOf(int t) => _sentenceOf[t];

    public ReadOnlySpan<char> Word(int i) => Tokens[i].NormalizedIn(Normalized);

    /// <summary>
    /// Token <paramref name="i"/> as the text writes it, before normalisation: what tells ة from ه and إ from ا, which
    /// the normalised <see cref="Word"/> no longer does.
    /// </summary>
    public ReadOnlySpan<char> Written(int i) => Text.Text.AsSpan(Tokens[i].Span.Start, Tokens[i].Span.Length);

    public bool IsWord(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>A word that ends a clause, itself or behind a proclitic (بأن، لكن، وإن): modality kind boundary.</summary>
    public bool IsBoundary(int j) => (Facts(j) & TokenFacts.Boundary) != 0;

    /// <summary>Whether token <paramref name="j"/> is a word of an argument cue kind (data/rules/event-arguments.tsv).</summary>
    public bool Is(int j, ArgumentCue kind) => IsWord(j) && (Facts(j) & Cues(kind)) != 0;

    /// <summary>What the lexicon says of token <paramref name="j"/>, found at the first ask: the passes ask the same tokens for every candidate.</summary>
    private TokenFacts Facts(int j)
    {
        var facts = _facts[j];
        if (facts != TokenFacts.None)
        {
            return facts;
        }

        facts = TokenFacts.Known;
        foreach (var hit in Words.At(j, Word(j)))
        {
            if (hit.Facts.Modality is { } node && node.Values.Contains("boundary"))
            {
                facts |= TokenFacts.Boundary;
                break;
            }
        }

        // The word's kinds read once, not its clitics once per kind.
        facts |= Cues(ArgumentLexicon.Default.Kinds(Word(j)));
        return _facts[j] = facts;
    }

    // Argument cue kinds as token facts: their bits moved past Known and Boundary (unsigned, so no kind carries a sign).
    private static TokenFacts Cues(ArgumentCue kinds) => (TokenFacts)((long)(uint)kinds << CueShift);

    /// <summary>The mention that starts at token <paramref name="j"/>, if any.</summary>
    public (EntityRecord Entity, int End, int MentionStart)? MentionAt(int j) =>
        _mentionAt[j] is var place and > 0 ? _mentions[place - 1] : null;

    /// <summary>Makes <paramref name="mention"/> the one that starts at token <paramref name="j"/>.</summary>
    public void SetMentionAt(int j, (EntityRecord Entity, int End, int MentionStart) mention)
    {
        _mentions.Add(mention);
        _mentionAt[j] = _mentions.Count;
    }

    /// <summary>The tokens [First, End) a span covers, (-1, -1) for none.</summary>
    public (int First, int End) TokensOf(TextSpan span)
    {
        var first = -1;
        var end = -1;
        var lo = 0;
        var hi = Tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Span.End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var t = lo; t < Tokens.Length && Tokens[t].Span.Start < span.End; t++)
        {
            first = first < 0 ? t : first;
            end = t + 1;
        }

        return (first, end);
    }

    /// <summary>Gives the per-token arrays back to the pool; the document is not used after.</summary>
    public void Dispose()
    {
        PooledArrays.Return(_mentionAt);
        PooledArrays.Return(AdjectiveAt);
        PooledArrays.Return(InTime);
        PooledArrays.Return(_sentenceOf);
        PooledArrays.Return(_facts);
        Words.Dispose();
    }

    // A loop, not Where/OrderBy(Min)/FirstOrDefault: it runs once per document.
    /// <summary>The first country named more than once that <paramref name="skip"/> does not pass over (a caller's own, <see cref="Arguments.ConflictParties"/>).</summary>
    public string? CountryNamedTwiceBut(Func<string, bool> skip) => FirstCountryNamedTwice(Entities, skip);

    private static string? FirstCountryNamedTwice(ImmutableArray<EntityRecord> entities, Func<string, bool>? skip = null)
    {
        string? focus = null;
        var focusStart = int.MaxValue;
        foreach (var e in entities)
        {
            if (e.Type != EntityType.Country || e.Mentions.Length < 2 || (skip is not null && skip(e.Id)))
            {
                continue;
            }

            var first = int.MaxValue;
            foreach (var m in e.Mentions)
            {
                first = Math.Min(first, m.Span.Start);
            }

            if (focus is null || first < focusStart)
            {
                (focus, focusStart) = (e.Id, first);
            }
        }

        return focus;
    }
}
