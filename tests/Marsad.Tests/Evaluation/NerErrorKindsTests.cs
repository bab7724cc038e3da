using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

public sealed class NerErrorKindsTests
{
    private static readonly string[] Types = ["LOC", "PERS", "ORG"];

    [Fact]
    public void A_prediction_one_token_longer_than_the_gold_is_a_boundary_error_of_the_rules_when_the_rules_alone_give_it()
    {
        Chunk[] gold = [new(0, 1, 3, "ORG")];
        Chunk[] predicted = [new(0, 0, 3, "ORG")];
        var counts = NerErrorKinds.Count(gold, predicted, predicted, Types);
        Assert.Equal<NerErrorCount>(
            [new NerErrorCount("ORG", false, NerErrorKind.Boundary, "", NerErrorSource.Rules, 1), new NerErrorCount("ORG", true, NerErrorKind.Boundary, "", NerErrorSource.Rules, 1)],
            counts.AsEnumerable());
    }

    [Fact]
    public void The_same_tokens_with_another_type_are_a_type_confusion_on_both_sides_and_misc_counts_as_a_type()
    {
        Chunk[] gold = [new(0, 2, 3, "ORG"), new(1, 0, 2, "MISC")];
        Chunk[] predicted = [new(0, 2, 3, "LOC"), new(1, 0, 2, "ORG")];
        Chunk[] rules = [new(0, 2, 3, "LOC")];
        var counts = NerErrorKinds.Count(gold, predicted, rules, Types);
        Assert.Contains(new NerErrorCount("LOC", false, NerErrorKind.Type, "ORG", NerErrorSource.Rules, 1), counts);
        Assert.Contains(new NerErrorCount("ORG", true, NerErrorKind.Type, "LOC", NerErrorSource.Rules, 1), counts);

        // The rules alone had nothing over the second sentence: the tagger's chunk. MISC is never missed (not scored).
        Assert.Contains(new NerErrorCount("ORG", false, NerErrorKind.Type, "MISC", NerErrorSource.Tagger, 1), counts);
        Assert.Equal(3, counts.Length);
    }

    [Fact]
    public void A_chunk_with_nothing_over_it_is_alone_and_a_miss_is_the_taggers_when_the_rules_alone_had_a_chunk_there()
    {
        Chunk[] gold = [new(0, 0, 1, "PERS"), new(0, 4, 6, "LOC")];
        Chunk[] predicted = [new(0, 8, 9, "ORG")];
        Chunk[] rules = [new(0, 0, 2, "PERS"), new(0, 8, 10, "ORG")];
        var counts = NerErrorKinds.Count(gold, predicted, rules, Types);
        Assert.Equal<NerErrorCount>(
            [
                new NerErrorCount("LOC", true, NerErrorKind.Alone, "", NerErrorSource.Neither, 1),
                new NerErrorCount("PERS", true, NerErrorKind.Alone, "", NerErrorSource.Tagger, 1),
                new NerErrorCount("ORG", false, NerErrorKind.Alone, "", NerErrorSource.Both, 1),
            ],
            counts.AsEnumerable());
    }
}
