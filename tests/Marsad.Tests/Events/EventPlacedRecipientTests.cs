using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline: the recipient named by where the event happened (<c>PlacedRecipients</c>).
/// Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventPlacedRecipientTests
{
    [Fact]
    public void A_raided_town_the_knowledge_base_lacks_is_of_the_country_of_the_place_it_is_said_to_be_near()
    {
        var analysis = Analyze("طوباس – اقتحمت قوات الاحتلال الإسرائيلي، فجر اليوم، بلدة عقابا شمال طوباس شمالي الضفة الغربية.");
        var raid = Of(analysis, PloverType.Coerce).Concat(Of(analysis, PloverType.Assault)).First();
        Assert.Equal(["PSE"], raid.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_person_the_knowledge_base_lacks_arrested_in_a_city_is_of_that_citys_country()
    {
        var analysis = Analyze("واعتقلت القوات الإسرائيلية الصحفي سامر الحلبي من منزله في نابلس أمس.");
        var arrest = Assert.Single(Of(analysis, PloverType.Coerce));
        Assert.Equal(["PSE"], arrest.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void An_arrest_that_names_no_one_arrested_befell_the_people_of_the_place()
    {
        var analysis = Analyze("وألقت أجهزة الأمن الأردنية القبض على أفراد الخلية في مدينة الزرقاء أمس.");
        var arrest = Assert.Single(Of(analysis, PloverType.Coerce));
        Assert.Equal(["JOR"], arrest.Recipient.Select(id => Country(analysis, id)).ToArray());
    }
}
