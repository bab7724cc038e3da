using System.Globalization;
using System.Text;
using Marsad.Events.Decision;
using Marsad.Text;
using static Marsad.Tests.Events.DecisionCases;

namespace Marsad.Tests.Events;

/// <summary>
/// The bag of the sentence's stems the model reads since issue 17's seventh round (<see cref="SentenceStems"/>), on
/// sentences we wrote: a word's inflections share a stem, what is not a word of letters stays out, the scan's
/// shared hashes are the ones its words give, and a model's weight on a stem's bucket counts wherever the stem
/// stands, however it is inflected; the file keeps its buckets.
/// </summary>
public sealed class EventDecisionStemsTests
{
    private static uint Stem(string word) => SentenceStems.HashOf(ArabicNormalizer.Normalize(word));

    [Fact]
    public void A_word_s_article_conjunction_and_endings_do_not_change_its_stem()
    {
        Assert.Equal(Stem("متظاهر"), Stem("والمتظاهرون"));
        Assert.Equal(Stem("متظاهر"), Stem("المتظاهرين"));
        Assert.Equal(Stem("مباراة"), Stem("للمباراة"));
        Assert.NotEqual(Stem("مباراة"), Stem("محكمة"));
    }

    [Fact]
    public void Punctuation_and_numbers_stay_out_of_the_bag()
    {
        string[] words = [.. "قتل 15 جنديا ، في كمين .".Split(' ').Select(ArabicNormalizer.Normalize)];
        Assert.Equal([Stem("قتل"), Stem("جنديا"), Stem("في"), Stem("كمين")], SentenceStems.Of(words.AsSpan()));
    }

    [Fact]
    public void The_scan_s_shared_stems_are_those_of_the_sentence_s_words()
    {
        var candidate = CandidateOf("هاجم مسلحون حافلة تقل عمالا قرب المصنع.", "هاجم");
        Assert.NotNull(candidate.SentenceWeights);
        Assert.Equal(SentenceStems.Of(candidate.Words.AsSpan()), SentenceStems.Of(candidate));
    }

    [Fact]
    public void A_weight_on_a_stem_counts_in_each_of_its_inflections_and_each_time_it_stands()
    {
        var model = ModelWithStem("مباراة", -2);
        Assert.Equal(0.5, model.Probability(CandidateOf("هاجم مسلحون حافلة تقل عمالا قرب المصنع.", "هاجم")));
        Assert.Equal(Logistic(-2), model.Probability(CandidateOf("هاجم المشجعون الحكم بعد المباراة في العاصمة.", "هاجم")), 12);
        Assert.Equal(Logistic(-2), model.Probability(CandidateOf("هاجم المشجعون الحكم بعد انتهاء مباراة الفريقين.", "هاجم")), 12);
        Assert.Equal(Logistic(-4), model.Probability(CandidateOf("هاجم المشجعون الحكم في المباراة والمباراة لم تنته.", "هاجم")), 12);
    }

    [Fact]
    public void A_model_s_stem_buckets_are_written_back_as_read()
    {
        var bucket = Stem("مباراة") & 4095;
        var text = string.Create(CultureInfo.InvariantCulture, $"# a test model\n@types\tASSAULT\n@threshold:ASSAULT\t0.3\n@stem-buckets\t4096\n@stem-bigrams\t0\nASSAULT|stem#{bucket}\t-2\nbias\t0.5\n");
        using var reader = new StringReader(text);
        using var written = new MemoryStream();
        EventModel.Read(reader).Write(written);
        Assert.Equal(text, Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public void A_bucket_count_that_is_not_a_power_of_two_is_named()
    {
        using var reader = new StringReader("@types\tASSAULT\n@threshold:ASSAULT\t0.3\n@stem-buckets\t1000\n");
        var e = Assert.Throws<FormatException>(() => EventModel.Read(reader));
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
    }

    private static double Logistic(double sum) => 1 / (1 + Math.Exp(-sum));

    /// <summary>A model of ASSAULT whose only weight is <paramref name="weight"/> on the bucket of <paramref name="word"/>'s stem.</summary>
    private static EventModel ModelWithStem(string word, double weight)
    {
        var bucket = Stem(word) & 4095;
        using var reader = new StringReader(string.Create(CultureInfo.InvariantCulture,
            $"@types\tASSAULT\n@threshold:ASSAULT\t0.3\n@stem-buckets\t4096\n@stem-bigrams\t0\nASSAULT|stem#{bucket}\t{weight}\n"));
        return EventModel.Read(reader);
    }

    private static EventCandidate CandidateOf(string text, string trigger)
    {
        var word = ArabicNormalizer.Normalize(trigger);
        return Assert.Single(DecisionCases.Pipeline.EventCandidates(Document(text)), c => c.Candidate.Words[c.Candidate.TriggerStart] == word).Candidate;
    }
}
