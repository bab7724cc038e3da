using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Tagging;

/// <summary>
/// Places whose name is first of all a common noun (data/rules/common-noun-places.txt: بركان a volcano or
/// Berkane, الزاوية a corner or Zawiya), through the shipped entity layer (rules, tagger, propagation),
/// on our own sentences, both ways.
/// </summary>
public sealed class CommonNounPlaceTests
{
    private static readonly EntityGazetteer Gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);
    private static readonly EntityLayer Layer = new(new EntityRecognizer(Gazetteer), Gazetteer, new NerTagger(NerModel.Default!, Gazetteer));

    private static Dictionary<string, string[]> Analyze(string text) =>
        Layer.Recognize(TextAnalysis.Create(text), new DateOnly(2026, 3, 1))
            .ToDictionary(static e => e.Id, static e => e.Mentions.Select(static m => m.Text).ToArray(), StringComparer.Ordinal);

    [Theory]
    [InlineData("ثار بركان في جزيرة نائية أمس، وغطت الحمم القرى المجاورة.")]
    [InlineData("سقط متسلق في بركان خامد خلال رحلة استكشافية.")]
    [InlineData("حذر العلماء من أن ثوران بركان كبير قد يغير المناخ.")]
    public void A_volcano_is_not_the_moroccan_town(string sentence) =>
        Assert.DoesNotContain(Analyze(sentence).Keys, static id => id.StartsWith("place/", StringComparison.Ordinal));

    [Theory]
    [InlineData("وقف الرجل في الزاوية ينتظر دوره بصبر.")]
    [InlineData("جلس الشيوخ في الزاوية بعد صلاة العصر يقرؤون الأوراد.")]
    [InlineData("وضع المدرب الكرة في الزاوية قبل تنفيذ الركلة.")]
    public void A_corner_or_a_lodge_is_not_the_libyan_city(string sentence) =>
        Assert.DoesNotContain(Analyze(sentence).Keys, static id => id.StartsWith("place/", StringComparison.Ordinal));

    [Theory]
    [InlineData("احتفل الجمهور في مدينة بركان بفوز الفريق المحلي.", "place/berkane")]
    [InlineData("وصل الوزير إلى بركان المغربية في زيارة رسمية.", "place/berkane")]
    [InlineData("أعلنت السلطات المغربية افتتاح مستشفى جديد في بركان.", "place/berkane")]
    [InlineData("اندلعت اشتباكات في مدينة الزاوية أمس.", "place/zawiya")]
    [InlineData("قال مسؤول ليبي إن اشتباكات اندلعت في الزاوية صباح اليوم.", "place/zawiya")]
    public void The_place_is_taken_where_the_text_speaks_of_a_place(string sentence, string place) =>
        Assert.Contains(place, Analyze(sentence).Keys);

    /// <summary>Once the text has named the place, its later bare mentions are the place too.</summary>
    [Fact]
    public void A_later_mention_of_a_place_already_named_is_the_place()
    {
        var entities = Analyze("اندلعت اشتباكات في مدينة الزاوية أمس. وقال سكان إن الزاوية شهدت نزوح مئات الأسر.");
        Assert.Equal(["الزاوية", "الزاوية"], entities["place/zawiya"]);
    }
}
