using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

/// <summary>A fine-grained corpus with split clitics, brought to Marsad's tokens and coarse classes.</summary>
public sealed class ConllCoarseTests
{
    private static ConllSentence Sentence(string line)
    {
        var pairs = line.Split(' ').Select(static p => p.Split('/')).ToArray();
        return new ConllSentence([.. pairs.Select(static p => p[0])], [.. pairs.Select(static p => p[1])]);
    }

    [Fact]
    public void Clitics_join_their_words_and_classes_become_coarse()
    {
        var coarse = ConllCoarse.Coarsen([Sentence("و/O قال/O ه/O ل/O الجريدة/O و/O ب/O مدينة/O حمص/B-Population-Center جمعية/B-Non-Governmental الأمل/I-Non-Governmental")]).Single();
        Assert.Equal(["وقاله", "للجريدة", "وبمدينة", "حمص", "جمعية", "الأمل"], coarse.Tokens.ToArray());
        Assert.Equal(["O", "O", "O", "B-LOC", "B-ORG", "I-ORG"], coarse.Tags.ToArray());
    }

    [Fact]
    public void A_people_is_no_body_and_a_building_is_misc()
    {
        var coarse = ConllCoarse.Coarsen([Sentence("السوريون/B-Group زاروا/O المسجد/B-Building-Grounds الكبير/I-Building-Grounds")]).Single();
        Assert.Equal(["O", "O", "B-MISC", "I-MISC"], coarse.Tags.ToArray());
    }

    [Fact]
    public void A_clitic_inside_a_name_stays_a_token()
    {
        var coarse = ConllCoarse.Coarsen([Sentence("د/B-Media ب/I-Media ا/I-Media")]).Single();
        Assert.Equal(["د", "ب", "ا"], coarse.Tokens.ToArray());
    }

    [Fact]
    public void A_coarse_corpus_is_left_as_it_is()
    {
        var sentences = System.Collections.Immutable.ImmutableArray.Create(Sentence("و/O زار/O سامر/B-PERS"));
        Assert.Equal(sentences, ConllCoarse.Coarsen(sentences));
    }
}
