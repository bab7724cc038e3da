using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Tests.Recognition;

/// <summary>
/// Issue 18, kind 10: a nisba right after a given name is that person's family name, not a country
/// (أحمد المصري، محمد التونسي); a nisba before a name or after a body still names the country. Sentences
/// written for these tests.
/// </summary>
public sealed class NisbaFamilyNameTests
{
    private static readonly EntityRecognizer Recognizer = new(EntityGazetteer.Build(KnowledgeBase.Default));

    private static List<(string Id, string Text)> Recognize(string text) =>
        [.. Recognizer.Recognize(TextAnalysis.Create(text), new DateOnly(2025, 11, 6)).SelectMany(e => e.Mentions.Select(m => (e.Id, m.Text)))];

    [Theory]
    [InlineData("قال المتحدث باسم الوزارة أحمد المصري إن الوفد سيصل غدا.", "أحمد المصري", "EGY")]
    [InlineData("وأكد الباحث محمد التونسي أن الأزمة مستمرة منذ سنوات.", "محمد التونسي", "TUN")]
    public void A_nisba_after_a_given_name_is_the_family_name(string sentence, string name, string country)
    {
        var mentions = Recognize(sentence);
        Assert.Contains(mentions, m => m.Text == name && m.Id.StartsWith("unknown/person/", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.Id == country);
    }

    [Fact]
    public void A_nisba_before_a_name_or_after_a_body_names_the_country()
    {
        var mentions = Recognize("وقال اللاعب المصري محمد صلاح إن الحكومة المصرية دعمت الفريق.");
        Assert.Equal(2, mentions.Count(m => m.Id == "EGY"));
    }
}
