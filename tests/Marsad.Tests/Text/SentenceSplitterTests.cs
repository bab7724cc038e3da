using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>One test per rule of <see cref="SentenceSplitter"/>, with sentences from Arabic news.</summary>
public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        [.. SentenceSplitter.Split(text).Select(span => span.Slice(text))];

    [Fact]
    public void Rule1_a_full_stop_ends_a_sentence() =>
        Assert.Equal(
            ["وقال المبعوث الأمريكي إن دولة جديدة ستنضم.", "ولدى البلدين سفارات."],
            Sentences("وقال المبعوث الأمريكي إن دولة جديدة ستنضم. ولدى البلدين سفارات."));

    [Theory]
    [InlineData("هل ستنضم دول أخرى؟ لم يعلن ذلك.", "هل ستنضم دول أخرى؟")]
    [InlineData("Will others join? Not yet.", "Will others join?")]
    [InlineData("يا له من إنجاز! قالها الرئيس.", "يا له من إنجاز!")]
    [InlineData("وقعت الاتفاقية؛ ثم بدأ التطبيع.", "وقعت الاتفاقية؛")]
    [InlineData("وانتظر الجميع… ثم جاء الإعلان.", "وانتظر الجميع…")]
    [InlineData("وانتظر الجميع... ثم جاء الإعلان.", "وانتظر الجميع...")]
    [InlineData("هل هذا معقول؟! تساءل المراقبون.", "هل هذا معقول؟!")]
    public void Rule1_each_terminator_ends_a_sentence(string text, string first)
    {
        var sentences = Sentences(text);
        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Theory]
    [InlineData("قال ترامب: «هذا يوم تاريخي.» ثم غادر.", "قال ترامب: «هذا يوم تاريخي.»")]
    [InlineData("وقال: \"سننضم.\" وأضاف آخرون.", "وقال: \"سننضم.\"")]
    [InlineData("(وقعت الاتفاقية عام 2020.) وانضمت دول.", "(وقعت الاتفاقية عام 2020.)")]
    [InlineData("وصف الخطوة بأنها ”رمزية؟“ ثم تابع.", "وصف الخطوة بأنها ”رمزية؟“")]
    public void Rule1_closing_quotes_and_brackets_stay_with_their_sentence(string text, string first) =>
        Assert.Equal(first, Sentences(text)[0]);

    [Fact]
    public void Rule2_a_paragraph_break_ends_a_sentence() =>
        Assert.Equal(
            ["ستعلن كازاخستان انضمامها إلى اتفاقات أبراهام", "وقال المبعوث الأمريكي"],
            Sentences("ستعلن كازاخستان انضمامها إلى اتفاقات أبراهام\n\nوقال المبعوث الأمريكي\n"));

    [Fact]
    public void Rule2_a_single_line_break_ends_a_sentence() =>
        Assert.Equal(
            ["كازاخستان تنضم إلى اتفاقات أبراهام", "واشنطن - رويترز"],
            Sentences("كازاخستان تنضم إلى اتفاقات أبراهام\r\nواشنطن - رويترز"));

    [Fact]
    public void Rule3_commas_do_not_end_a_sentence() =>
        Assert.Single(Sentences("رئيس كازاخستان، قاسم جومارت توكاييف, يزور البيت الأبيض، يوم الخميس."));

    [Theory]
    [InlineData("ارتفع النمو إلى 3.5 بالمئة في الربع الأول.")]
    [InlineData("صدر العدد 2025.11 من النشرة الشهرية.")]
    [InlineData("نشر الخبر على موقع example.com صباح اليوم.")]
    [InlineData("استقبل د.أحمد الوفد في مكتبه.")]
    public void Rule4_a_dot_inside_a_token_does_not_end_a_sentence(string text) => Assert.Single(Sentences(text));

    [Theory]
    [InlineData("استقبل د. أحمد زويل الوفد.")]
    [InlineData("وصل المهندس م. خالد إلى الموقع.")]
    [InlineData("قال أ. محمود إن الدرس انتهى.")]
    [InlineData("انظر ص. 12 من التقرير.")]
    [InlineData("توفي سنة 1446 هـ. في المدينة.")]
    [InlineData("بني المعبد في القرن الثالث ق.م. على ضفة النهر.")]
    [InlineData("The U.S. envoy Steve Witkoff spoke on Thursday.")]
    public void Rule5_a_dot_after_an_abbreviation_does_not_end_a_sentence(string text) =>
        Assert.Single(Sentences(text));

    [Fact]
    public void Rule6_spans_are_trimmed_and_whitespace_only_text_has_no_sentences()
    {
        Assert.Equal(["وصل الوفد."], Sentences("  \t وصل الوفد.   \n\n  "));
        Assert.Empty(SentenceSplitter.Split(" \n\t\u00A0 \r\n"));
        Assert.Empty(SentenceSplitter.Split(string.Empty));
    }

    [Fact]
    public void Rule7_a_long_run_is_broken_at_its_last_whitespace()
    {
        var text = string.Concat(Enumerable.Repeat("كلمة ", 1000)); // 5,000 characters, no terminator
        var sentences = Sentences(text);
        Assert.All(sentences, s => Assert.InRange(s.Length, 1, SentenceSplitter.MaxSentenceLength));
        Assert.All(sentences, s => Assert.EndsWith("كلمة", s, StringComparison.Ordinal));
        Assert.Equal(1000, sentences.Sum(s => s.Split(' ').Length));
    }

    [Fact]
    public void Rule7_a_long_run_without_whitespace_is_cut_at_the_limit()
    {
        var text = new string('ب', 4500);
        var spans = SentenceSplitter.Split(text);
        Assert.Equal([2000, 2000, 500], spans.Select(s => s.Length));
    }

    [Fact]
    public void Rule7_a_hard_cut_never_splits_a_surrogate_pair()
    {
        var text = "ب" + string.Concat(Enumerable.Repeat("😀", 2500));
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(1999, spans[0].Length);
        Assert.All(spans, s =>
        {
            Assert.False(char.IsLowSurrogate(text[s.Start]));
            Assert.False(char.IsHighSurrogate(text[s.End - 1]));
        });
    }

    [Fact]
    public void The_sample_article_splits_into_its_sentences()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt"));
        var sentences = Sentences(text);
        Assert.Contains("ولدى البلدين بالفعل سفارات في البلدين.", sentences);
        Assert.All(sentences, s => Assert.DoesNotContain('\n', s));
        SentenceSplitterInvariantTests.AssertInvariants(text, SentenceSplitter.Split(text));
    }
}
