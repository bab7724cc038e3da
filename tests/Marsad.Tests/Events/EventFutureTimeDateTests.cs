using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, kind 6 through the real pipeline: a time to come named after a verb told in the perfect dates what the
/// verb's object or complement tells, not the verb: what has happened is dated by its own past time or by the
/// date of publication. A verb told in the present or the future, or a verbal noun, is still dated by it.
/// Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventFutureTimeDateTests
{
    [Fact]
    public void A_future_time_after_a_perfect_verb_does_not_date_it()
    {
        var analysis = Analyze("اتفقت الحكومة السودانية وقوات الدعم السريع على عقد جولة مفاوضات جديدة الأحد المقبل في جدة.");
        var agree = Assert.Single(Of(analysis, PloverType.Agree));
        Assert.Equal(("2025-11-06", DateSource.Published), (agree.Date, agree.DateFrom));
        Assert.DoesNotContain(EventModality.Future, agree.Modality);
    }

    [Fact]
    public void A_past_time_before_the_future_one_still_dates_the_perfect_verb()
    {
        var analysis = Analyze("واتفقت مصر وقطر أمس على استئناف المحادثات الشهر المقبل في القاهرة.");
        var agree = Assert.Single(Of(analysis, PloverType.Agree));
        Assert.Equal(("2025-11-05", DateSource.Text), (agree.Date, agree.DateFrom));
    }

    [Fact]
    public void A_future_verb_is_still_dated_by_the_time_to_come()
    {
        var analysis = Analyze("ستتفق مصر والأردن على خطة جديدة الأحد المقبل.");
        var agree = Assert.Single(Of(analysis, PloverType.Agree));
        Assert.Equal("2025-11-09", agree.Date);
        Assert.Contains(EventModality.Future, agree.Modality);
    }

    [Fact]
    public void A_future_event_reported_in_a_complement_clause_is_not_dated_by_the_report()
    {
        var analysis = Analyze("أكدت الخارجية المصرية أمس أن الوزير سيزور الخرطوم الأسبوع المقبل.");
        var visit = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal(("2025-W46", DateSource.Text), (visit.Date, visit.DateFrom));
        Assert.Contains(EventModality.Future, visit.Modality);
    }

    [Fact]
    public void A_future_event_reported_with_no_time_of_its_own_takes_the_date_of_publication()
    {
        var analysis = Analyze("أعلنت الرئاسة الجزائرية الثلاثاء أن الرئيس سيزور روما.");
        var visit = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal(("2025-11-06", DateSource.Published), (visit.Date, visit.DateFrom));
    }
}
