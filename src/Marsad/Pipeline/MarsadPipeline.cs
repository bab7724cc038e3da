using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Marsad.Events;
using Marsad.Events.Decision;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Quantities;
using Marsad.Recognition.Tagging;
using Marsad.Recognition.Times;
using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>
/// Turns a read article into its <see cref="Analysis"/>. Frozen after <see cref="MarsadPipelineBuilder.Build"/>:
/// holds no per-document state, so one instance serves all documents on all threads.
/// </summary>
public sealed class MarsadPipeline
{
    private readonly EntityLayer _entities;

    private readonly EventCoder _events;

    internal MarsadPipeline(TimeProvider timeProvider, KnowledgeBase knowledgeBase, EventModel? eventModel = null)
    {
        _events = eventModel is null ? EventCoder.Default : EventCoder.Default.WithModel(eventModel);
        TimeProvider = timeProvider;
        KnowledgeBase = knowledgeBase;
        var gazetteer = EntityGazetteer.Build(knowledgeBase);
        var model = NerModel.Default;
        _entities = new EntityLayer(new EntityRecognizer(gazetteer), gazetteer, model is null ? null : new NerTagger(model, gazetteer));
    }

    public KnowledgeBase KnowledgeBase { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>A pipeline with the default configuration.</summary>
    public static MarsadPipeline CreateDefault() => new MarsadPipelineBuilder().Build();

    public Analysis Analyze(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var analysis = TextAnalysis.Create(text);
        var id = ContentId(text);
        var entities = _entities.Recognize(analysis, document.Published);
        var times = TimeRecognizer.Default.Recognize(analysis, document.Published);
        var coding = _events.Code(analysis, entities, times, document.Published, id);
        ImmutableArray<Sentence> sentences = [.. analysis.Sentences.Select(static s => new Sentence(s))];
        return new Analysis
        {
            Id = id,
            Source = document.Source,
            SourceId = document.InputId,
            Title = document.Title,
            Language = ScriptLanguage.Detect(text),
            Published = document.Published,
            Text = text,
            Removed = document.Removed,
            Sentences = sentences,
            Entities = coding.Entities,
            Times = times,
            Quantities = Currencies.Default.Settle(
                QuantityRecognizer.Default.Recognize(analysis), coding.Entities, sentences, document.Url ?? document.Source),
            Events = coding.Events,
        };
    }

    /// <summary>The event candidates of a document with the rules' verdict on each: what the event model learns from.</summary>
    internal IReadOnlyList<(EventCandidate Candidate, EventDecision Rules)> EventCandidates(SourceDocument document)
    {
        var text = document.Text;
        var analysis = TextAnalysis.Create(text);
        var entities = _entities.Recognize(analysis, document.Published);
        var times = TimeRecognizer.Default.Recognize(analysis, document.Published);
        return _events.Candidates(analysis, entities, times, document.Published, ContentId(text));
    }

    /// <summary>The lower-case SHA-256 hex of the text's UTF-8 bytes: the document's stable id.</summary>
    public static string ContentId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        const int charsPerBlock = 4096;
        Span<byte> buffer = stackalloc byte[(charsPerBlock + 1) * 3];
        var i = 0;
        while (i < text.Length)
        {
            var length = Math.Min(charsPerBlock, text.Length - i);

            // Keep surrogate pairs whole so each block encodes exactly as the whole string would.
            if (i + length < text.Length && char.IsHighSurrogate(text[i + length - 1]))
            {
                length++;
            }

            var bytes = Encoding.UTF8.GetBytes(text.AsSpan(i, length), buffer);
            sha.AppendData(buffer[..bytes]);
            i += length;
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
