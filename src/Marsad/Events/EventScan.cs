using System.Collections.Immutable;
using Marsad.Events.Arguments;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>One pass of the <see cref="EventCoder"/> over one document; see the coder for the rules.</summary>
internal sealed partial class EventScan : IDisposable
{
    private const int MaxNegationDistance = 3;

    private const int MaxCueDistance = 4;

    private readonly TextAnalysis _text;

    private readonly ImmutableArray<Token> _tokens;

    private readonly ImmutableArray<TimeExpression> _times;

    private readonly DateOnly? _published;

    private readonly string _documentId;

    private readonly EventCoder _coder;

    // The document every pass reads, and aliases of its layers the passes read most.
    private readonly EventDocument _doc;

    // For each token, the country whose nisba adjective it is (غارة إسرائيلية).
    private readonly EntityRecord?[] _adjectiveAt;

    private readonly string? _focusCountry;

    // Places are where events happen, not who acts: they are never actors.
    private readonly HashSet<string> _places;

    private readonly ImmutableArray<EntityRecord> _entities;

    // Generic actors (a crowd, gunmen) found without a country: groups named only in role form.
    private readonly HashSet<string> _generic;

    // Tokens that start a side named by a noun and a nationality (قوات إسرائيلية، عناصر شرطة عراقيون).
    private readonly HashSet<int> _nominal = [];

    private const string ProtestersId = SentenceMerges.ProtestersId;

    // The last pass: the merges within each sentence, with what the scan marks for them.
    private readonly SentenceMerges _merges = new();

    // The first pass: the trigger candidates of each sentence.
    private readonly TriggerCandidates _candidates;

    // The words the argument rules act on, by kind (data/rules/event-scan-words.tsv).
    private static readonly EventScanLexicon Lexicon = EventScanLexicon.Default;

    // The type of the trigger that ends at each token of the current sentence.
    private readonly Dictionary<int, PloverType> _triggerEndingAt = [];

    // The first token of the trigger that ends at each token of the current sentence.
    private readonly Dictionary<int, int> _triggerStartEndingAt = [];
    // Where the sentence's triggers of disapproval end (أدان، ندد، استنكر): the side around one is the condemner.
    private readonly HashSet<int> _disapprovalEnds = [];

    // Actors made for events that name no one (the protesters of a country), by id.
    private readonly Dictionary<string, EntityRecord> _synthetic = new(StringComparer.Ordinal);

    // Tokens inside a time expression (they may stand between a trigger's words: أطلقت صباح أمس صواريخ).
    private readonly bool[] _inTime;

    // Tokens that stand for the last two countries named before them (البلدين، الجانبين): both ids.
    private readonly Dictionary<int, (string First, string Second)> _reciprocal = [];

    // Generic actors placed in a country, by sentence: (generic id, sentence) → country id.
    private readonly Dictionary<(string Id, int Sentence), string> _placed = [];

    // Each token's word and its lexicon facts (the readings that begin a trigger, a modality phrase or a force).
    private readonly EventWordHits _words;

    // Definite event nouns that refer back to an event already reported, and the responses they point from.
    private readonly ResponseReferences _responses = new();

    // The actors of the current sentence's triggers, for verbs joined to them that name no subject.
    private readonly SharedSubjects _subjects = new();

    // The first token after the text's dateline (0 without one): what the dateline names is no subject.
    private readonly int _datelineEnd;

    public EventScan(TextAnalysis text, ImmutableArray<EntityRecord> entities, ImmutableArray<TimeExpression> times, DateOnly? published, string documentId, EventCoder coder)
    {
        _text = text;
        _tokens = text.Tokens;
        _times = times;
        _published = published;
        _documentId = documentId;
        _coder = coder;
        _doc = new EventDocument(text, entities, times, coder);
        _candidates = new TriggerCandidates(_doc, coder);
        _words = _doc.Words;
        _datelineEnd = Dateline.End(_tokens, text.Text);
        _adjectiveAt = _doc.AdjectiveAt;
        _inTime = _doc.InTime;
        MarkNationalSides();
        MarkReciprocals(entities);
        foreach (var (t, end, entity) in Coreference.Resolve(_tokens.Length, Word, IsWord, t => MentionAt(t) is { } m ? (m.Entity, m.End) : null))
        {
            SetMentionAt(t, (entity, end, _tokens[t].Span.Start));
        }

        _entities = entities;
        (_places, _generic) = PlacesAndGeneric(entities);
        _focusCountry = _doc.FocusCountry;
        MarkPlacedForces();
    }

    /// <summary>The mention that starts at token <paramref name="j"/>, if any.</summary>
    private (EntityRecord Entity, int End, int MentionStart)? MentionAt(int j) => _doc.MentionAt(j);

    /// <summary>Makes <paramref name="mention"/> the one that starts at token <paramref name="j"/>.</summary>
    private void SetMentionAt(int j, (EntityRecord Entity, int End, int MentionStart) mention) => _doc.SetMentionAt(j, mention);

    /// <summary>Gives the document's per-token arrays back to the pool; the scan is not used after.</summary>
    public void Dispose() => _doc.Dispose();

    public ImmutableArray<EventRecord> Run()
    {
        var events = ImmutableArray.CreateBuilder<EventRecord>();
        // One list for every sentence's events, emptied at each: the passes below read it within the sentence only.
        var coded = new List<EventRecord>();
        for (var s = 0; s < _doc.SentenceCount; s++)
        {
            var (a, b) = _doc.Sentence(s);
            if (a < 0)
            {
                continue;
            }

            coded.Clear();
            _triggerEndingAt.Clear();
            _triggerStartEndingAt.Clear();
            _disapprovalEnds.Clear();
            var i = a;
            while (i < b)
            {
                if (MatchTrigger(i, b) is not { } match)
                {
                    i++;
                    continue;
                }

                if (Code(s, a, b, i, match) is { } e)
                {
                    _merges.Merge(coded, e);
                    _responses.Coded(match.End, e.Id);
                    // An event only mentioned in passing (its participants named: المتظاهرين) is no verb whose
                    // subject a joined verb shares.
                    if (!e.Modality.Contains(EventModality.Background))
                    {
                        _subjects.Coded(match.End, e.Actor);
                    }
                }

                _responses.Trigger(i, match.End, match.Trigger.Event, IsDefinite(i));
                _triggerEndingAt[match.End] = match.Trigger.Event;
                _triggerStartEndingAt[match.End] = i;
                if (match.Trigger.Event == PloverType.Accuse && match.Trigger.Mode is "disapprove")
                {
                    _disapprovalEnds.Add(match.End);
                }
                i = match.End;
            }

            // A protest an attack strikes (استهدف مظاهرة، تفجير وسط مظاهرة) is where the attack happened.
            // (Asked only when there are such protests: the predicate is a delegate made at each ask.)
            if (_merges.Targets.Count > 0)
            {
                coded.RemoveAll(e => _merges.Targets.Contains(e.Id));
            }

            _responses.EndSentence(coded);
            _subjects.EndSentence();
            events.AddRange(_merges.FoldIntoProtests(coded));
        }

        return events.ToImmutable();
    }

    /// <summary>The events with where each happened (<see cref="Places.EventPlaces"/>), read from what the scan found, and the recipients that place names (<see cref="PlacedRecipients"/>, <see cref="ConflictParties"/>).</summary>
    public ImmutableArray<EventRecord> Placed(ImmutableArray<EventRecord> events) => ConflictParties.Apply(_doc, PlacedRecipients.Apply(_doc, Places.EventPlaces.Assign(_doc, events, _datelineEnd), CountrySide), CountrySide);

    /// <summary>The longest trigger starting at token i (the first pass's answer), for the rules that look at the trigger after another.</summary>
    private TriggerMatch? MatchTrigger(int i, int sentenceEnd) => _candidates.Match(i, sentenceEnd);

    private ReadOnlySpan<char> Word(int i) => _doc.Word(i);

    /// <summary>The type of the sentence's trigger that ends at token i, or null when none does.</summary>
    private PloverType? TriggerEndingAt(int i) => _triggerEndingAt.TryGetValue(i, out var type) ? type : null;

    private bool IsWord(int i) => _doc.IsWord(i);

    private (int First, int End) TokensOf(TextSpan span) => _doc.TokensOf(span);
}
