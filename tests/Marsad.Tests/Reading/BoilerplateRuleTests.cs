using System.Text.RegularExpressions;
using Marsad.Model;
using Marsad.Reading;
using Marsad.Text;

namespace Marsad.Tests.Reading;

public sealed class BoilerplateRuleTests
{
    private const string Prose = "وأقامت كازاخستان علاقات دبلوماسية مع إسرائيل في عام 1992، بعد وقت قصير من حصولها على استقلالها عن الاتحاد السوفيتي.";

    [Theory]
    [InlineData("شاركها.", "share-prompt")]
    [InlineData("شارك المقال", "share-prompt")]
    [InlineData("شارك على فيسبوك", "share-prompt")]
    [InlineData("Share", "share-prompt")]
    [InlineData("فيسبوك تويتر واتساب", "share-prompt")]
    [InlineData("اقرأ أيضاً: المغرب والبحرين والإمارات بعد خمس سنوات من التطبيع", "read-also")]
    [InlineData("اقرا ايضا", "read-also")]
    [InlineData("اقرأ المزيد", "read-also")]
    [InlineData("مواضيع ذات صلة", "read-also")]
    [InlineData("طالع أيضا: ترامب يستقبل توكاييف في البيت الأبيض", "read-also")]
    [InlineData("نشرة ميدل إيست آي الإخبارية الجديدة: جيروزاليم ديسباتش", "newsletter")]
    [InlineData("اشترك في النشرة البريدية لتصلك أهم الأخبار", "newsletter")]
    [InlineData("سجل بريدك الإلكتروني ليصلك ملخص الأخبار كل صباح", "newsletter")]
    [InlineData("قم بالتسجيل للحصول على أحدث الأفكار والتحليلات", "newsletter")]
    [InlineData("اشترك الآن في قناتنا على يوتيوب", "subscription")]
    [InlineData("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.", "cookie-notice")]
    [InlineData("نستخدم الكوكيز لتحسين تجربة التصفح", "cookie-notice")]
    [InlineData("This site uses cookies to improve your experience.", "cookie-notice")]
    [InlineData("مصدر الصورة، Getty Images", "photo-credit")]
    [InlineData("الصورة: الرئيس الكازاخستاني قاسم جومارت توكاييف", "photo-credit")]
    [InlineData("(تصوير: محمد الأسعد)", "photo-credit")]
    [InlineData("Getty Images", "photo-credit")]
    [InlineData("رويترز", "photo-credit")]
    [InlineData("الرئيس توكاييف في أستانا / رويترز", "photo-credit")]
    [InlineData("صورة أرشيفية للعاصمة الكازاخية أستانا", "caption")]
    [InlineData("الرئيسية | سياسة | اقتصاد", "navigation")]
    [InlineData("الرئيسية › أخبار › الشرق الأوسط", "navigation")]
    [InlineData("رياضة • ثقافة • منوعات • رأي", "navigation")]
    [InlineData("جميع الحقوق محفوظة لموقع الجزيرة نت 2025", "footer")]
    [InlineData("© 2025 ميدل إيست آي", "footer")]
    [InlineData("حقوق النشر © بي بي سي 2025", "footer")]
    [InlineData("إعلان", "advertisement")]
    [InlineData("تابعونا على تلغرام", "social-follow")]
    [InlineData("تابعنا على فيسبوك وإكس", "social-follow")]
    public void Boilerplate_line_is_removed_and_reported(string line, string reason)
    {
        var document = ReadingFixtures.ReadText($"{Prose}\n\n{line}\n\n{Prose}");

        Assert.Equal($"{Prose}\n\n{Prose}", document.Text);
        Assert.Equal(new RemovedPiece(line, reason), Assert.Single(document.Removed));
    }

    [Fact]
    public void Boilerplate_line_inside_a_paragraph_goes_alone()
    {
        var document = ReadingFixtures.ReadText($"{Prose}\nاقرأ أيضا: ترامب يستقبل توكاييف\n{Prose}");

        Assert.Equal($"{Prose}\n{Prose}", document.Text);
        Assert.Equal(new RemovedPiece("اقرأ أيضا: ترامب يستقبل توكاييف", "read-also"), Assert.Single(document.Removed));
    }

    [Theory]
    [InlineData("وقالت نشرة الأخبار المسائية إن المفاوضات ستستأنف الأسبوع المقبل في الدوحة بحضور وفود من عدة دول عربية وأجنبية، وإن الأطراف تأمل في التوصل إلى اتفاق نهائي قبل نهاية العام، وفق ما أوردت النشرة الإخبارية للتلفزيون الرسمي.")]
    [InlineData("شاركت الإمارات والبحرين في الاجتماع.")]
    [InlineData("الصورة التي نشرتها الوزارة تظهر الرئيسين في البيت الأبيض.")]
    [InlineData("وقال مسؤول كبير لرويترز إن القرار اتخذ يوم الخميس.")]
    [InlineData("وأعلنت الحكومة عن إعلان جديد بشأن الانتخابات.")]
    [InlineData("تابعت الولايات المتحدة المفاوضات عن كثب.")]
    [InlineData("اشترك في الهجوم نحو ثلاثين مسلحا بحسب مصادر أمنية.")]
    [InlineData("صدر القرار في 06/11/2025 وفق البيان.")]
    [InlineData("وأكد أن حقوق الإنسان جزء من الاتفاق، وأن ملفات التعاون الاقتصادي مفتوحة.")]
    public void Article_sentence_that_mentions_a_boilerplate_word_is_kept(string sentence)
    {
        var document = ReadingFixtures.ReadText($"{Prose}\n\n{sentence}");

        Assert.Equal($"{Prose}\n\n{sentence}", document.Text);
        Assert.Empty(document.Removed);
    }

    [Fact]
    public void Every_rule_reason_is_kebab_case_and_every_regex_is_written_normalised()
    {
        var rules = BoilerplateRuleSet.Default;
        var all = rules.TextRules.Concat(rules.AttributeRules).ToList();

        Assert.NotEmpty(rules.ElementReasons);
        Assert.All(all.Select(static r => r.Reason).Concat(rules.ElementReasons.Values), static reason => Assert.Matches("^[a-z]+(-[a-z]+)*$", reason));
        Assert.All(all.Where(static r => r.Kind == RuleKind.Regex), static rule => Assert.Equal(ArabicNormalizer.Normalize(rule.Pattern), rule.Pattern));
    }

    [Fact]
    public void Rules_file_with_a_bad_row_is_rejected_with_its_line_number()
    {
        var error = Assert.Throws<InvalidDataException>(static () => BoilerplateRuleSet.Parse("# comment\nshare-prompt\tline\tequals\t4\n"));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_line_of_several_megabytes_is_read_whole()
    {
        var line = string.Concat(Enumerable.Repeat("وترتبط كازاخستان بالفعل بعلاقات اقتصادية عامة مع إسرائيل. ", 100_000));

        var document = ReadingFixtures.ReadText(line);

        Assert.Equal(line.TrimEnd(), document.Text);
        Assert.Empty(document.Removed);
    }

    [Fact]
    public void Regex_rules_match_the_normalised_text()
    {
        var rule = BoilerplateRuleSet.Default.ParagraphRules.First(static r => r.Kind == RuleKind.Regex);

        Assert.Matches(rule.Expression!, ArabicNormalizer.Normalize("نشرة الجزيرة الإخبارية اليومية"));
    }
}
