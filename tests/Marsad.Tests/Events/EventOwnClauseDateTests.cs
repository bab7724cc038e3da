using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, kind 6 through the real pipeline: an event is dated from its own clause. A time inside a relative
/// clause or a complement clause dates what that clause tells, not a trigger outside it; the event then takes the
/// date of publication. Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventOwnClauseDateTests
{
    [Fact]
    public void A_time_closing_a_relative_clause_before_the_trigger_does_not_date_it()
    {
        var analysis = Analyze("انتقدت الحكومة الأردنية خرق الهدنة التي أعلنت في مارس 2024، وطالبت مجلس الأمن بالتدخل.");
        var request = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(("2025-11-06", DateSource.Published), (request.Date, request.DateFrom));
    }

    [Fact]
    public void A_time_in_a_complement_clause_after_the_trigger_does_not_date_it()
    {
        var analysis = Analyze("وأكدت السعودية دعمها للحكومة اليمنية، مشيرة إلى أن المملكة قدمت في عام 2020 مساعدات كبيرة.");
        var support = Assert.Single(Of(analysis, PloverType.Support));
        Assert.Equal(("2025-11-06", DateSource.Published), (support.Date, support.DateFrom));
    }

    [Fact]
    public void A_time_after_that_with_a_pronoun_dates_the_complement_not_the_speech_verb()
    {
        var analysis = Analyze("وطالبت الحكومة الليبية مجلس الأمن بالتدخل، مؤكدة أنها رصدت في عام 2021 تحركات مسلحة على الحدود.");
        var request = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(("2025-11-06", DateSource.Published), (request.Date, request.DateFrom));
    }

    [Fact]
    public void A_time_inside_the_complement_dates_its_event_rather_than_the_time_of_the_report()
    {
        var analysis = Analyze("وأعلنت وزارة الداخلية العراقية، أمس الأربعاء، أن الشرطة اعتقلت عشرين مسلحا في الموصل يوم الاثنين.");
        var arrest = Assert.Single(Of(analysis, PloverType.Coerce));
        Assert.Equal(("2025-11-03", DateSource.Text), (arrest.Date, arrest.DateFrom));
    }

    [Fact]
    public void A_definite_event_noun_is_dated_by_its_own_relative_clause_and_the_verb_before_it_is_not()
    {
        var analysis = Analyze("رفضت الحكومة السورية، اليوم الخميس، العقوبات التي فرضها الاتحاد الأوروبي أمس على مسؤولين سوريين.");
        var sanctions = Assert.Single(Of(analysis, PloverType.Sanction));
        Assert.Equal(("2025-11-05", DateSource.Text), (sanctions.Date, sanctions.DateFrom));
        var rejection = Assert.Single(Of(analysis, PloverType.Reject));
        Assert.Equal("2025-11-06", rejection.Date);
    }

    [Fact]
    public void A_time_in_the_relative_clause_of_an_attack_noun_dates_the_attack_not_the_condemnation()
    {
        var analysis = Analyze("ندد وزير الخارجية الأردني بالهجوم الذي شنه مستوطنون فجر الثلاثاء على قرية فلسطينية قرب نابلس.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal(("2025-11-04", DateSource.Text), (attack.Date, attack.DateFrom));
        var condemnation = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal(("2025-11-06", DateSource.Published), (condemnation.Date, condemnation.DateFrom));
    }

    [Fact]
    public void Min_al_muqarrar_before_a_verbal_noun_tells_the_event_as_to_come()
    {
        var analysis = Analyze("ومن المقرر زيارة الرئيس التونسي إلى الجزائر الأحد لبحث العلاقات الثنائية.");
        var visit = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal("2025-11-09", visit.Date);
        Assert.Contains(EventModality.Future, visit.Modality);
    }
}
