namespace Marsad.Tests.Evaluation;

/// <summary>
/// The second tuning set of issue 18 (Fixtures/EventsDevB) stays complete and well-formed: the shared checks in
/// <see cref="EventGoldSetTests"/> (texts named by their gold, PLOVER types, knowledge-base sides and places, dates no
/// later than publication unless future, weekdays on their day). Rule writers may read it (README.md there).
/// </summary>
public sealed class EventsDevBSetTests() : EventGoldSetTests("EventsDevB", paragraphs: 40, leastRequired: 119);
