using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline: the side behind a preposition that the trigger's object governs (sanctions
/// imposed on, an envoy posted at, a sale to) is the recipient of an event that names none (<c>GovernedObjects</c>);
/// a domestic protest that names no one is aimed at the government of its country (<c>PlacedRecipients</c>).
/// Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventGovernedObjectTests
{
    [Fact]
    public void Lifting_sanctions_imposed_on_a_country_is_received_by_that_country()
    {
        var analysis = AnalyzeByRules("طوكيو – أعلنت اليابان، الأربعاء، رفع العقوبات التجارية المفروضة على إيران منذ سنوات.");
        var lifting = Assert.Single(Of(analysis, PloverType.Retreat));
        Assert.Equal(["IRN"], lifting.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void Recalling_an_ambassador_posted_at_a_country_is_aimed_at_that_country()
    {
        var analysis = AnalyzeByRules("تونس – قررت تونس، الاثنين، استدعاء سفيرها لدى ليبيا للتشاور.");
        var recall = Assert.Single(Of(analysis, PloverType.Sanction));
        Assert.Equal(["LBY"], recall.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_preposition_inside_a_relative_clause_belongs_to_that_clause()
    {
        var analysis = AnalyzeByRules("أوتاوا – فرضت كندا، الجمعة، عقوبات على الشركات التي تصدر النفط إلى سوريا.");
        var sanctions = Assert.Single(Of(analysis, PloverType.Sanction));
        Assert.DoesNotContain(sanctions.Recipient, id => Country(analysis, id) == "SYR");
    }

    [Fact]
    public void A_protest_by_a_countrys_people_at_home_is_aimed_at_that_country()
    {
        var analysis = AnalyzeByRules("الرباط – تظاهر آلاف المغاربة، الأحد، في وسط العاصمة احتجاجا على ارتفاع الأسعار.");
        var protest = Assert.Single(Of(analysis, PloverType.Protest));
        Assert.Equal(["MAR"], protest.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_protest_by_foreigners_abroad_is_not_aimed_at_their_own_country()
    {
        var analysis = AnalyzeByRules("باريس – تظاهر مئات الجزائريين، السبت، في ساحة الجمهورية احتجاجا على قانون الهجرة.");
        var protest = Assert.Single(Of(analysis, PloverType.Protest));
        Assert.DoesNotContain(protest.Recipient, id => Country(analysis, id) == "DZA");
    }

    [Fact]
    public void A_protest_at_home_about_another_country_is_not_aimed_at_home()
    {
        var analysis = AnalyzeByRules("بيروت – تظاهر مئات اللبنانيين، الجمعة، أمام مقر الأمم المتحدة تضامنا مع السودان.");
        Assert.All(Of(analysis, PloverType.Protest), protest => Assert.DoesNotContain(protest.Recipient, id => Country(analysis, id) == "LBN"));
    }
}
