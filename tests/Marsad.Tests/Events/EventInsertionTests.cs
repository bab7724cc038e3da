using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline: a phrase set off by two commas between the subject and the object (where the
/// subject is based, when it spoke) does not end the clause, so the side after the second comma is the object and
/// the event's recipient (<c>Insertions</c>). Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventInsertionTests
{
    [Fact]
    public void A_call_whose_caller_is_followed_by_where_it_is_based_is_addressed_to_the_side_after_the_second_comma()
    {
        var analysis = Analyze("عمان – ودعت منظمة العفو الدولية، ومقرها لندن، السلطات الأردنية إلى الإفراج عن المعتقلين.");
        var call = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(["org/amnesty-international"], call.Actor.ToArray());
        Assert.Equal(["JOR"], call.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void An_accusation_with_a_time_set_off_after_the_accuser_accuses_the_side_after_it()
    {
        var analysis = Analyze("بغداد – واتهمت فرنسا، في وقت لاحق من اليوم نفسه، روسيا بعرقلة المفاوضات.");
        var accusation = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal(["FRA"], accusation.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["RUS"], accusation.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_reported_clause_between_the_commas_gives_the_verb_no_object()
    {
        var analysis = Analyze("القاهرة – ودعا وزير الخارجية الأردني، الذي التقى نظيره أمس، مصر إلى الحوار.");
        Assert.All(Of(analysis, PloverType.Request), call => Assert.DoesNotContain("EGY", call.Recipient));
    }
}
