using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, kind 6 through the real pipeline: a sentence that opens by placing itself in the occasion the
/// sentence before told (وخلال اللقاء، وعلى هامش الزيارة) takes that sentence's date for an event with no time of
/// its own (<c>FollowUpDates</c>). Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventFollowUpDateTests
{
    private const string Visit = "التقى وزير الخارجية المصري بدر عبد العاطي، الاثنين، نظيره الأردني أيمن الصفدي في عمان. ";

    [Fact]
    public void An_event_in_a_sentence_opening_with_during_takes_the_day_of_the_sentence_before()
    {
        var analysis = Analyze(Visit + "وخلال اللقاء، طالبت منظمة الصحة العالمية بفتح المعابر أمام المساعدات.");
        var request = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(("2025-11-03", DateSource.Text), (request.Date, request.DateFrom));
    }

    [Fact]
    public void A_continuation_word_behind_a_preposition_counts()
    {
        var analysis = Analyze(Visit + "وعلى هامش اللقاء، طالبت منظمة الصحة العالمية بفتح المعابر أمام المساعدات.");
        Assert.Equal("2025-11-03", Assert.Single(Of(analysis, PloverType.Request)).Date);
    }

    [Fact]
    public void A_sentence_of_another_side_without_the_opening_keeps_the_day_of_publication()
    {
        var analysis = Analyze(Visit + "وطالبت منظمة الصحة العالمية بفتح المعابر أمام المساعدات.");
        Assert.Equal(("2025-11-06", DateSource.Published), (Assert.Single(Of(analysis, PloverType.Request)).Date, Assert.Single(Of(analysis, PloverType.Request)).DateFrom));
    }
}
