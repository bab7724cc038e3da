using Marsad.Text;

namespace Marsad.Tests.Text;

public class TextAnalysisTests
{
    private const string News = "وقال المبعوث الأمريكي إن دولة جديدة ستنضم.   ولدى البلدين سفارات.\n\nكازاخستان دولة ذات أغلبية مسلمة.";

    [Fact]
    public void Holds_the_text_its_sentences_normalised_form_and_tokens()
    {
        var analysis = TextAnalysis.Create(News);
        Assert.Same(News, analysis.Text);
        Assert.Equal([.. SentenceSplitter.Split(News)], analysis.Sentences.ToArray());
        Assert.Equal(NormalizedText.Create(News).Value, analysis.Normalized.Value);
        Assert.Equal([.. Tokenizer.Tokenize(analysis.Normalized)], analysis.Tokens.ToArray());
    }

    [Fact]
    public void Every_token_lies_in_the_sentence_found_at_its_start()
    {
        var analysis = TextAnalysis.Create(News);
        foreach (var token in analysis.Tokens)
        {
            var index = analysis.SentenceIndexAt(token.Span.Start);
            Assert.InRange(index, 0, analysis.Sentences.Length - 1);
            var sentence = analysis.Sentences[index];
            Assert.InRange(token.Span.Start, sentence.Start, sentence.End - 1);
        }
    }

    [Fact]
    public void Offsets_between_sentences_or_outside_the_text_have_no_sentence()
    {
        var analysis = TextAnalysis.Create(News);
        Assert.Equal(-1, analysis.SentenceIndexAt(analysis.Sentences[0].End));
        Assert.Equal(-1, analysis.SentenceIndexAt(-1));
        Assert.Equal(-1, analysis.SentenceIndexAt(News.Length));
        Assert.Equal(1, analysis.SentenceIndexAt(analysis.Sentences[1].Start));
        Assert.Equal(2, analysis.SentenceIndexAt(News.Length - 1));
    }

    [Fact]
    public void Tokens_are_built_once_when_threads_race_for_them()
    {
        var analysis = TextAnalysis.Create(News);
        var seen = new System.Collections.Concurrent.ConcurrentBag<Token[]>();
        Parallel.For(0, 16, _ => seen.Add(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(analysis.Tokens)!));
        Assert.Single(seen.Distinct());
    }
}
