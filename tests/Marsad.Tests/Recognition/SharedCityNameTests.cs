using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Tests.Recognition;

/// <summary>
/// Issue 18, kind 10: عمّان (Amman) and عُمان (Oman) are one string once normalised. The recogniser
/// takes the city when the text writes the city's own marks or when the city's country is already named,
/// and the country otherwise. Sentences written for these tests.
/// </summary>
public sealed class SharedCityNameTests
{
    private static readonly EntityRecognizer Recognizer = new(EntityGazetteer.Build(KnowledgeBase.Default));

    private static List<string> IdsOf(string text, string written)
    {
        var entities = Recognizer.Recognize(TextAnalysis.Create(text), new DateOnly(2025, 11, 6));
        return [.. entities.Where(e => e.Mentions.Any(m => m.Text.EndsWith(written, StringComparison.Ordinal))).Select(static e => e.Id)];
    }

    [Fact]
    public void Written_with_its_shadda_it_is_the_city()
    {
        Assert.Equal(["place/amman"], IdsOf("وصل وزير الخارجية الفرنسي إلى عمّان مساء الاثنين.", "عمّان"));
    }

    [Fact]
    public void Without_marks_where_a_place_stands_after_its_country_is_named_it_is_the_city()
    {
        Assert.Equal(["place/amman"], IdsOf("أعلنت الحكومة الأردنية أن المؤتمر سيعقد في عمان الشهر المقبل.", "عمان"));
    }

    [Fact]
    public void Beside_its_city_s_country_without_marks_it_is_the_country()
    {
        Assert.Equal(["OMN"], IdsOf("وأكد الأردن وعمان دعمهما لجهود التهدئة في المنطقة.", "عمان"));
    }

    [Fact]
    public void Without_marks_and_without_its_country_it_is_the_country()
    {
        Assert.Equal(["OMN"], IdsOf("وقعت عمان وإيران اتفاقا للتعاون البحري في مسقط.", "عمان"));
    }

    // طرابلس is a city of Libya and of Lebanon. Issue 21 asks for the namesake in the country the article is about.
    [Fact]
    public void A_dateline_city_shared_by_two_countries_is_the_one_in_the_country_the_text_names_later()
    {
        var text = "طرابلس – قال مسؤول ليبي إن اشتباكات اندلعت في طرابلس أمس بين مجموعتين مسلحتين.";
        Assert.Equal(["place/tripoli-libya"], IdsOf(text, "طرابلس"));
        var entities = Recognizer.Recognize(TextAnalysis.Create(text), new DateOnly(2025, 11, 6));
        Assert.DoesNotContain(entities, static e => e.Id == "place/tripoli-lebanon");
    }

    [Fact]
    public void A_city_shared_by_two_countries_stays_the_first_when_its_own_country_is_named()
    {
        Assert.Equal(["place/tripoli-lebanon"], IdsOf("قال الجيش اللبناني إن اشتباكات اندلعت في طرابلس ليل الخميس.", "طرابلس"));
    }

    [Fact]
    public void A_city_shared_by_two_countries_keeps_its_pick_when_the_text_names_neither_country()
    {
        Assert.Equal(["place/tripoli-lebanon"], IdsOf("اندلعت اشتباكات في طرابلس ليل الخميس.", "طرابلس"));
    }

    [Fact]
    public void A_city_written_in_a_form_only_one_namesake_has_keeps_it_whatever_the_text_names()
    {
        Assert.Equal(["place/tripoli-lebanon"], IdsOf("زار مسؤول ليبي طرابلس الشام أمس.", "طرابلس الشام"));
    }
}
