using Marsad.Recognition.Numbers;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Numbers;

/// <summary>One test per rule of <see cref="ArabicNumbers"/>, on numbers as Arabic news writes them.</summary>
public sealed class ArabicNumbersTests
{
    private static ArabicNumber First(string sentence) => ArabicNumbers.FindAll(TextAnalysis.Create(sentence)).First();

    private static string Slice(string sentence, ArabicNumber number)
    {
        var tokens = TextAnalysis.Create(sentence).Tokens;
        return sentence[tokens[number.Start].Span.Start..tokens[number.End - 1].Span.End];
    }

    [Theory]
    [InlineData("يعتبر حوالي 70 بالمائة من السكان مسلمين", 70)]
    [InlineData("يعتبر حوالي ٧٠ بالمائة من السكان مسلمين", 70)]
    [InlineData("نما الاقتصاد بنسبة 3.5 في المئة", 3.5)]
    [InlineData("نما الاقتصاد بنسبة ٣٫٥ في المئة", 3.5)]
    [InlineData("شارك 1,200 متطوع في الحملة", 1200)]
    [InlineData("بلغ التضخم 3,5 في المئة", 3.5)]
    public void Digits_are_read_in_ASCII_and_Arabic_Indic_with_their_separators(string sentence, double value) =>
        Assert.Equal((decimal)value, First(sentence).Value);

    [Theory]
    [InlineData("خصصت الحكومة 3.5 مليار دولار للإعمار", 3500000000, "3.5 مليار")]
    [InlineData("نزح 70 ألف شخص من المدينة", 70000, "70 ألف")]
    [InlineData("اعتقلت السلطات 5 آلاف متظاهر", 5000, "5 آلاف")]
    public void A_scale_word_after_digits_multiplies_them(string sentence, double value, string text)
    {
        var number = First(sentence);
        Assert.Equal((decimal)value, number.Value);
        Assert.True(number.IsDigits);
        Assert.Equal(text, Slice(sentence, number));
    }

    [Theory]
    [InlineData("قتل ثلاثة جنود في الهجوم", 3)]
    [InlineData("أصيبت ثلاث نساء في الانفجار", 3)]
    [InlineData("وصل عشرين متطوعا إلى المخيم", 20)]
    [InlineData("اعتقل وثلاثة آخرون", 3)]
    [InlineData("تبرع بعشرين مليونا للمستشفى", 20000000)]
    public void A_word_number_is_read_in_either_gender_and_through_its_clitics(string sentence, double value) =>
        Assert.Equal((decimal)value, First(sentence).Value);

    [Theory]
    [InlineData("أصيب واحد وعشرون شخصا في الحادث", 21, "واحد وعشرون")]
    [InlineData("قتل خمسة وعشرين مدنيا", 25, "خمسة وعشرين")]
    [InlineData("استقبلت البلاد ثلاثة آلاف وخمسمائة لاجئ", 3500, "ثلاثة آلاف وخمسمائة")]
    [InlineData("بلغ عدد الضحايا مئة وخمسة وعشرين", 125, "مئة وخمسة وعشرين")]
    [InlineData("خسر الجيش ألفين ومئتين جندي", 2200, "ألفين ومئتين")]
    public void Parts_joined_by_waw_add_in_Arabic_order(string sentence, double value, string text)
    {
        var number = First(sentence);
        Assert.Equal((decimal)value, number.Value);
        Assert.Equal(text, Slice(sentence, number));
    }

    [Fact]
    public void A_list_of_numbers_stays_apart()
    {
        var numbers = ArabicNumbers.FindAll(TextAnalysis.Create("زار الوفد ثلاثة وأربعة مواقع"));
        Assert.Equal([3m, 4m], numbers.Select(n => n.Value));
    }

    [Theory]
    [InlineData("شارك ثلاثة عشر بلدا في القمة", 13)]
    [InlineData("بقي إحدى عشرة سفينة في الميناء", 11)]
    [InlineData("أرسلت ثلاث مئة شاحنة", 300)]
    [InlineData("نشر ثلاثمائة جندي على الحدود", 300)]
    [InlineData("يعيش في المدينة مليون نسمة", 1000000)]
    public void Teens_hundreds_and_scales_join_without_waw(string sentence, double value) =>
        Assert.Equal((decimal)value, First(sentence).Value);

    [Theory]
    [InlineData("قال أحد الوزراء إن المفاوضات مستمرة")]
    [InlineData("تعد إحدى الدول المانحة الكبرى")]
    [InlineData("أغلقت المدارس يوم الأحد")]
    [InlineData("وصلت آلاف الأسر إلى الحدود")]
    public void A_compound_only_word_or_a_bare_plural_scale_is_not_a_number(string sentence) =>
        Assert.Empty(ArabicNumbers.FindAll(TextAnalysis.Create(sentence)));

    [Theory]
    [InlineData("احتلت روسيا القيصرية الدولة في القرن التاسع عشر", 19)]
    [InlineData("دخل العالم القرن الحادي والعشرين", 21)]
    [InlineData("عقدت الجولة الأولى من المحادثات", 1)]
    [InlineData("انتهى الاجتماع في الثاني عشر من الشهر", 12)]
    public void An_ordinal_starts_an_ordinal_number(string sentence, double value)
    {
        var number = First(sentence);
        Assert.Equal((decimal)value, number.Value);
        Assert.True(number.IsOrdinal);
    }

    [Theory]
    [InlineData("بدأ الاجتماع الساعة الخامسة والنصف مساء", 5.5)]
    [InlineData("استمر البحث ثلاثة أيام ونصف", 3)]
    public void A_fraction_after_waw_adds_to_the_number(string sentence, double value) =>
        Assert.Equal((decimal)value, First(sentence).Value);

    [Theory]
    [InlineData("واحد وعشرين", 21)]
    [InlineData("٧٠", 70)]
    [InlineData("التاسع عشر", 19)]
    public void TryParse_reads_a_text_that_is_one_number(string text, double value)
    {
        Assert.True(ArabicNumbers.TryParse(text, out var parsed));
        Assert.Equal((decimal)value, parsed);
    }

    [Theory]
    [InlineData("ثلاثة رجال")]
    [InlineData("6.11.2025")]
    [InlineData("")]
    public void TryParse_rejects_what_is_not_one_number(string text) =>
        Assert.False(ArabicNumbers.TryParse(text, out _));
}
