using Marsad.Recognition.Quantities;
using Marsad.Tests.Text;
using Marsad.Text;
using CsCheck;

namespace Marsad.Tests.Recognition.Quantities;

/// <summary>One test per rule of <see cref="QuantityRecognizer"/>, on real news sentences.</summary>
public sealed class QuantityRecognizerTests
{
    private static (string Text, decimal Value, string Unit, bool Approximate)[] Find(string text) =>
        [.. QuantityRecognizer.Default.Recognize(TextAnalysis.Create(text)).Select(q => (q.Text, q.Value, q.Unit, q.Approximate))];

    [Fact]
    public void A_percentage_in_words_or_sign_with_its_approximation() =>
        Assert.Equal([("70 بالمائة", 70m, "percent", true), ("12%", 12m, "percent", false)],
            Find("يعتبر حوالي 70 بالمائة من السكان مسلمين، وارتفعت الأسعار 12% هذا العام."));

    [Fact]
    public void Money_takes_its_currency_code_where_the_phrase_settles_it() =>
        Assert.Equal([("3.5 مليار دولار أمريكي", 3_500_000_000m, "USD", false), ("200 مليون يورو", 200_000_000m, "EUR", false), ("50 ريال", 50m, "riyal", false)],
            Find("خصصت الحكومة 3.5 مليار دولار أمريكي للمشروع، و200 مليون يورو، ورسوما قدرها 50 ريال."));

    [Fact]
    public void Counts_of_people_name_what_is_counted_and_approximation_after_them_counts() =>
        Assert.Equal([("25 قتيلا", 25m, "killed", true), ("40 جريحا", 40m, "injured", false)],
            Find("سقط 25 قتيلا على الأقل و40 جريحا في القصف."));

    [Fact]
    public void Arabic_indic_digits_and_a_scale_word_alone_are_numbers() =>
        Assert.Equal([("٧٠٠ لاجئ", 700m, "refugees", false), ("مليون دولار", 1_000_000m, "USD", true)],
            Find("وصل ٧٠٠ لاجئ إلى الحدود، وقدمت الدولة أكثر من مليون دولار."));

    [Fact]
    public void A_number_without_a_unit_is_not_a_quantity() =>
        Assert.Empty(Find("أقامت كازاخستان علاقات مع إسرائيل في عام 1992 بعد 3 أيام."));

    [Fact]
    public void Never_throws_and_every_span_is_its_text() =>
        RandomText.Mixed.Select(s => s + " 12% و٣ ملايين دولار").Sample(sample =>
        {
            foreach (var q in QuantityRecognizer.Default.Recognize(TextAnalysis.Create(sample)))
            {
                Assert.Equal(q.Span.Slice(sample), q.Text);
            }
        }, iter: 1000);
}
