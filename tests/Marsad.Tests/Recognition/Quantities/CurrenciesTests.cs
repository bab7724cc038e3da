using System.Text;
using Marsad.Output;
using Marsad.Tests.Support;

namespace Marsad.Tests.Recognition.Quantities;

/// <summary>
/// One test per rule of <see cref="Marsad.Recognition.Quantities.Currencies"/>: a plain currency name
/// (ريال، دينار) takes the code of the country its sentence, then its article, then its source names.
/// Through the real <c>marsad analyze</c>, since the rule reads the document's entities.
/// </summary>
public sealed class CurrenciesTests
{
    private static string[] Units(string text, params string[] options)
    {
        var json = CliRun.WithInput(Encoding.UTF8.GetBytes(text), ["analyze", "-", "--published", "2025-11-06", .. options]).Stdout;
        return [.. AnalysisJsonReader.Read(json).Quantities.Select(static q => q.Unit)];
    }

    [Fact]
    public void A_riyal_in_a_sentence_about_saudi_arabia_is_the_saudi_riyal() =>
        Assert.Equal(["SAR"], Units("أعلنت السعودية رفع سعر البنزين إلى 2.33 ريال للتر اعتبارا من الشهر المقبل."));

    [Fact]
    public void The_sentence_country_wins_over_the_article_country() =>
        Assert.Equal(["SAR", "QAR"], Units(
            "قالت السعودية إن السعودية خصصت 500 مليون ريال لدعم المزارعين في المملكة. "
            + "وفي قطر، رفعت الحكومة القطرية رسوم التأشيرة إلى 100 ريال."));

    [Fact]
    public void A_sentence_without_a_country_takes_the_article_country() =>
        Assert.Equal(["OMR"], Units(
            "أقرت سلطنة عمان موازنة العام الجديد. وبلغ العجز المتوقع 620 مليون ريال بحسب البيان."));

    [Fact]
    public void A_dinar_takes_the_code_of_its_country_among_the_many_that_use_it() =>
        Assert.Equal(["JOD"], Units("رفعت الحكومة الأردنية الحد الأدنى للأجور إلى 290 دينارا شهريا."));

    [Fact]
    public void A_named_currency_is_kept_whatever_country_the_sentence_names() =>
        Assert.Equal(["IRR"], Units("قالت السعودية إن سعر الصرف بلغ 42 ألف ريال إيراني للدولار."));

    [Fact]
    public void Nothing_in_the_text_or_source_leaves_the_plain_name() =>
        Assert.Equal(["riyal"], Units("ارتفع سعر كيلو الطماطم إلى 12 ريالا في الأسواق هذا الأسبوع."));

    [Fact]
    public void A_source_on_a_country_domain_settles_it_when_the_text_does_not()
    {
        var line = """{"id":"s1","url":"https://www.example.com.ye/news/1","published":"2025-11-06","text":"ارتفع سعر كيلو الطماطم إلى 1200 ريال في الأسواق هذا الأسبوع."}""";
        Assert.Equal(["YER"], Units(line + "\n", "--format", "json"));
    }
}
