namespace Marsad.Tests.Evaluation;

/// <summary>
/// The event held-out set of issue 18 (Fixtures/EventsHeldout) stays complete and well-formed (the shared checks in
/// <see cref="EventGoldSetTests"/>). These tests read the files only and never run the coder on them: the set is run
/// only to report, and its errors are not read by rule writers (README.md there).
/// </summary>
public sealed class EventsHeldoutSetTests() : EventGoldSetTests("EventsHeldout", paragraphs: 30, leastRequired: 79);
