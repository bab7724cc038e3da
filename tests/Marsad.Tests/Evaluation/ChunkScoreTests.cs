using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

public sealed class ChunkScoreTests
{
    [Fact]
    public void Chunks_follow_conlleval_reading_of_iob2()
    {
        string[] tags = ["O", "B-PERS", "I-PERS", "B-LOC", "I-ORG", "I-ORG", "O", "B-LOC"];
        Assert.Equal(
            [new Chunk(0, 1, 3, "PERS"), new Chunk(0, 3, 4, "LOC"), new Chunk(0, 4, 6, "ORG"), new Chunk(0, 7, 8, "LOC")],
            ChunkScore.Chunks(0, tags));
    }

    [Fact]
    public void A_chunk_counts_only_with_its_exact_start_end_and_type()
    {
        Chunk[] gold = [new(0, 1, 3, "PERS"), new(0, 5, 6, "LOC"), new(1, 0, 2, "ORG")];
        Chunk[] predicted = [new(0, 1, 3, "PERS"), new(0, 5, 6, "ORG"), new(1, 0, 1, "ORG")];
        var scores = ChunkScore.Score(gold, predicted, ["LOC", "PERS", "ORG"]).ToDictionary(s => s.Type);
        Assert.Equal((1, 1, 1), (scores["PERS"].Gold, scores["PERS"].Predicted, scores["PERS"].Correct));
        Assert.Equal(0, scores["ORG"].Correct);
        Assert.Equal(2, scores["ORG"].Predicted);
        Assert.Equal(1.0 / 3, scores["ALL"].Precision, 6);
        Assert.Equal(1.0 / 3, scores["ALL"].Recall, 6);
    }
}
