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
}
