using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline: a call on the sides of a conflict named only as its sides (طرفي النزاع،
/// جميع الأطراف) is addressed to the country the conflict is in, never to the caller's own (<c>ConflictParties</c>).
/// Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventConflictPartiesTests
{
    [Fact]
    public void A_call_on_both_sides_of_the_conflict_is_addressed_to_the_country_the_story_is_about()
    {
        var analysis = Analyze("الخرطوم – دعت وزارة الخارجية المصرية، اليوم الخميس، طرفي النزاع في السودان إلى وقف القتال فورا. وقالت الوزارة إن القاهرة تتابع بقلق ما يجري في السودان.");
        var call = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(["EGY"], call.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["SDN"], call.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_call_on_all_the_parties_after_the_callers_name_is_addressed_to_the_country_where_they_fight()
    {
        var analysis = Analyze("طرابلس – اندلعت اشتباكات عنيفة بين فصيلين مسلحين في مدينة الزاوية غربي ليبيا. ودعا الاتحاد الأفريقي جميع الأطراف الليبية إلى ضبط النفس.");
        var call = Assert.Single(Of(analysis, PloverType.Request), e => e.Actor.Contains("org/african-union"));
        Assert.Equal(["LBY"], call.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_country_calling_on_the_two_sides_is_not_calling_on_itself()
    {
        var analysis = Analyze("القاهرة – ودعت مصر الطرفين إلى العودة إلى طاولة الحوار، وأكدت مصر استعدادها لاستضافة جولة جديدة.");
        var call = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(["EGY"], call.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.DoesNotContain(call.Recipient, id => Country(analysis, id) == "EGY");
    }
}
