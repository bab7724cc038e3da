using Marsad.Events.Decision;
using Marsad.Knowledge;

namespace Marsad.Pipeline;

/// <summary>
/// Configures a <see cref="MarsadPipeline"/>. The builder is mutable and single-threaded; the
/// pipeline it builds is frozen and shared by every document and thread.
/// </summary>
public sealed class MarsadPipelineBuilder
{
    /// <summary>
    /// The clock the pipeline may consult (for example to stamp a coded date). It is never read
    /// to resolve dates in the text: those resolve against the published date alone.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The knowledge base entities are linked to; the one built into Marsad by default.</summary>
    public KnowledgeBase? KnowledgeBase { get; set; }

    /// <summary>
    /// The model that decides which trigger hits are events (see <c>EventDecider</c>); the one built into
    /// Marsad (data/models/events.tsv) by default. Evaluation sets a cross-validation fold's here.
    /// </summary>
    public EventModel? EventModel { get; set; }

    public MarsadPipeline Build() => new(TimeProvider, KnowledgeBase ?? KnowledgeBase.Default, EventModel);
}
