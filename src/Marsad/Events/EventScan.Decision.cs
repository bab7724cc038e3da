using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Marsad.Events.Decision;
using Marsad.Model;

namespace Marsad.Events;

/// <summary>The scan's hook into the event-mention decision: a trigger hit becomes a candidate, the decider says what becomes of it.</summary>
internal sealed partial class EventScan
{
    // The normalised words of the sentence last asked for and their cue phrases, made once per sentence
    // with a candidate (most tokens of a text are in sentences without one).
    private int _wordsOfSentence = -1;
    private ImmutableArray<string> _sentenceWords = [];
    private ImmutableArray<CueHit> _sentenceCues = [];
    private SentenceWeights _sentenceWeights = new();

    // The current sentence's interned words, lent to its SentenceWeights and taken back at the next sentence:
    // one array for the scan, not one per sentence.
    private SentenceWord[] _internedWords = new SentenceWord[64];

    private readonly ImmutableArray<PloverType>.Builder _earlierTypes = ImmutableArray.CreateBuilder<PloverType>();

    /// <summary>When set (training), every candidate and the rules' verdict on it.</summary>
    public List<(EventCandidate Candidate, EventDecision Rules)>? Collected { get; init; }

    /// <summary>The decision on the trigger over tokens [i, match.End) of sentence [a, b).</summary>
    private EventDecision Decide(int sentence, int a, int b, int i, TriggerMatch match, bool hasActor, bool hasRecipient, bool datedByText, ImmutableArray<EventModality> modality)
    {
        if (_wordsOfSentence != sentence)
        {
            _sentenceWeights.Release();
            if (_internedWords.Length < b - a)
            {
                _internedWords = new SentenceWord[Math.Max(b - a, _internedWords.Length * 2)];
            }

            // The sentence's words interned together, so that their lookups' cache misses overlap.
            SentenceWordTable.OfThread.Intern(_doc, a, b, _internedWords);
            var words = new string[b - a];
            for (var t = a; t < b; t++)
            {
                words[t - a] = _internedWords[t - a].Text;
            }

            // The array is the candidates' alone and never written again.
            _sentenceWords = ImmutableCollectionsMarshal.AsImmutableArray(words);
            _sentenceCues = DecisionLexicon.Default.Find(_sentenceWords);
            _sentenceWeights = new SentenceWeights(_internedWords);
            _wordsOfSentence = sentence;
        }

        var earlier = EarlierTypes(i);
        var candidate = new EventCandidate(
            match.Trigger.Event, match.Trigger.Id, _sentenceWords, i - a, match.End - a, match.Reading.HasArticle,
            hasActor, hasRecipient, datedByText, modality, earlier)
        {
            Cues = _sentenceCues,
            SentenceWeights = _sentenceWeights,
            Preposition = DecisionRules.CarriesPreposition(_sentenceWords[i - a], match.Reading.Stripped),
            // Read only where a model will read it (or training collects it): most types follow the rules alone.
            Placed = (Collected is not null || _coder.Decider.Model.Judges(match.Trigger.Event)) && PlacedInClause(ClauseStart(a, i), ClauseEnd(match.End, b)),
            EntityGap = Collected is not null || _coder.Decider.Model.Judges(match.Trigger.Event) ? EntityGap(a, b, i, match.End) : (-1, -1),
        };
        Collected?.Add((candidate, DecisionRules.Judge(candidate)));
        return _coder.Decider.Decide(candidate);
    }

    /// <summary>Whether a place (a location, or a country after في) is named in tokens [start, end): where the act happened.</summary>
    private bool PlacedInClause(int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (MentionAt(j) is { } mention && (mention.Entity.Type == EntityType.Location || (mention.Entity.Type == EntityType.Country && Marker(j) == "في")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence's words [Start, End) between the trigger [i, end) and the nearest entity mention of sentence [a, b),
    /// before or after it (the nearer; before on a tie); (-1, -1) when the sentence names none.
    /// </summary>
    private (int Start, int End) EntityGap(int a, int b, int i, int end)
    {
        var before = -1;
        for (var j = a; j < i; j++)
        {
            if (MentionAt(j) is { } mention && mention.End <= i)
            {
                before = Math.Max(before, mention.End);
            }
        }

        var after = -1;
        for (var j = end; j < b && after < 0; j++)
        {
            after = MentionAt(j) is not null ? j : -1;
        }

        return before >= 0 && (after < 0 || i - before <= after - end) ? (before - a, i - a)
            : after >= 0 ? (end - a, after - a)
            : (-1, -1);
    }

    /// <summary>The types of the sentence's triggers ending at or before token i, distinct and sorted ordinally by name; made without a query per candidate.</summary>
    private ImmutableArray<PloverType> EarlierTypes(int i)
    {
        if (_triggerEndingAt.Count == 0)
        {
            return [];
        }

        // One builder for the scan, emptied at each ask: the types are copied out once, at their count.
        var types = _earlierTypes;
        types.Clear();
        foreach (var (end, type) in _triggerEndingAt)
        {
            if (end <= i && !types.Contains(type))
            {
                types.Add(type);
            }
        }

        types.Sort(static (x, y) => string.CompareOrdinal(PloverTypes.Name(x), PloverTypes.Name(y)));
        return types.ToImmutable();
    }
}
