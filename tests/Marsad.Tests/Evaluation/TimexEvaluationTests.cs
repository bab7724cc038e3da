using System.Collections.Immutable;
using CsCheck;
using Marsad.Evaluation;
using Marsad.Model;

namespace Marsad.Tests.Evaluation;

public sealed class TimexEvaluationTests
{
    // "اجتمع الوزراء يوم الخميس 6 نوفمبر 2025 لمدة ثلاثة أيام، بعد اتفاق عام 1992."
    private static readonly TimeMLDocument Doc = new(
        "d.tml",
        "اجتمع الوزراء يوم الخميس 6 نوفمبر 2025 لمدة ثلاثة أيام، بعد اتفاق عام 1992.",
        new DateOnly(2025, 11, 6),
        [Gold(14, 38, "DATE", "2025-11-06"), Gold(44, 54, "DURATION", "P3D"), Gold(66, 74, "DATE", "1992")]);

    private static GoldTimex Gold(int start, int end, string type, string value) => new(new TextSpan(start, end), "", Of(type), value, null, 1);

    private static TimeExpression Predicted(int start, int end, string type, string? value) => new(new TextSpan(start, end), "", Of(type), value);

    private static TimexType Of(string name)
    {
        Assert.True(TimexTypes.TryParse(name, out var type), name);
        return type;
    }

    [Fact]
    public void Exact_spans_match_strictly_and_overlaps_only_relaxed()
    {
        var result = TimexEvaluation.Score(Doc, Doc.Created, [
            Predicted(14, 38, "DATE", "2025-11-06"), // exact
            Predicted(39, 54, "DURATION", "P3D"), // "لمدة ثلاثة أيام": overlaps, wider
            Predicted(0, 5, "DATE", "2025-11-06"), // spurious
        ]);
        var scores = TimexEvaluation.Sum([result]);
        Assert.Equal((1, 3, 3, 1, 2), (scores.Documents, scores.Gold, scores.Predicted, scores.StrictMatches, scores.RelaxedMatches));
        Assert.Equal(1.0 / 3, scores.StrictPrecision, 9);
        Assert.Equal(1.0 / 3, scores.StrictRecall, 9);
        Assert.Equal(2.0 / 3, scores.RelaxedF1, 9);
        Assert.Equal("1992", Assert.Single(result.Missed).Value);
        Assert.Equal(new TextSpan(0, 5), Assert.Single(result.Spurious).Span);
    }

    [Fact]
    public void Type_and_value_accuracy_are_over_relaxed_matches_only()
    {
        var result = TimexEvaluation.Score(Doc, Doc.Created, [
            Predicted(18, 24, "DATE", "2025-11-13"), // "الخميس": right type, wrong value
            Predicted(50, 54, "DATE", "P3D"), // "أيام": wrong type, right value
            Predicted(70, 74, "DATE", "1992"), // right both
        ]);
        var scores = TimexEvaluation.Sum([result]);
        Assert.Equal((0, 3), (scores.StrictMatches, scores.RelaxedMatches));
        Assert.Equal(2.0 / 3, scores.TypeAccuracy, 9);
        Assert.Equal(2.0 / 3, scores.ValueAccuracy, 9);
        Assert.Equal(1.0 * 2 / 3, scores.ValueF1, 9);
        Assert.Equal(1.0, scores.RelaxedPrecision, 9);
        Assert.Equal(0.0, scores.StrictF1, 9);
    }

    [Fact]
    public void One_prediction_over_two_gold_expressions_matches_only_one_of_them()
    {
        var result = TimexEvaluation.Score(Doc, Doc.Created, [Predicted(14, 54, "DATE", "2025-11-06")]);
        var match = Assert.Single(result.Matches);
        Assert.Equal("2025-11-06", match.Gold.Value); // the larger overlap wins
        Assert.Equal(2, result.Missed.Length);
        Assert.Empty(result.Spurious);
    }

    [Fact]
    public void An_exact_match_is_preferred_over_a_larger_overlap()
    {
        var doc = Doc with { Timexes = [Gold(14, 24, "DATE", "2025-11-06"), Gold(25, 38, "DATE", "2025-11-06")] };
        var result = TimexEvaluation.Score(doc, doc.Created, [Predicted(14, 38, "DATE", "2025-11-06"), Predicted(25, 38, "DATE", "2025-11-06")]);
        Assert.Equal(2, result.Matches.Length);
        Assert.Single(result.Matches, m => m.Strict);
    }

    [Fact]
    public void Nothing_predicted_scores_zero_without_dividing_by_zero()
    {
        var scores = TimexEvaluation.Sum([TimexEvaluation.Score(Doc, null, [])]);
        Assert.Equal((0.0, 0.0, 0.0, 0.0, 0.0), (scores.StrictPrecision, scores.RelaxedRecall, scores.RelaxedF1, scores.TypeAccuracy, scores.ValueAccuracy));
    }

    [Fact]
    public void A_dct_given_to_the_run_overrides_the_documents_own()
    {
        var seen = new List<DateOnly?>();
        TimexEvaluation.Run([Doc], (_, published) =>
        {
            seen.Add(published);
            return ImmutableArray<TimeExpression>.Empty;
        }, new DateOnly(2024, 1, 1), dct: new DateOnly(2026, 2, 3));
        Assert.Equal([new DateOnly(2026, 2, 3)], seen);
    }

    [Theory]
    [InlineData("2025-11-06", "XXXX-11-06", true)]
    [InlineData("2025-11-06", "XXXX-XX-XX", true)]
    [InlineData("2025-11-06", "XXXX-12-06", false)]
    [InlineData("2025-W45", "XXXX-XX", false)]
    [InlineData("1992", "1992", true)]
    [InlineData("1992", "1993", false)]
    public void Without_any_dct_values_are_compared_on_their_resolved_part(string gold, string predicted, bool correct)
    {
        var undated = Doc with { Created = null, Timexes = [Gold(14, 38, "DATE", gold)] };
        var result = TimexEvaluation.Run([undated], (_, _) => ImmutableArray.Create(Predicted(14, 38, "DATE", predicted)), published: null);
        Assert.Equal(correct ? 1 : 0, result.Scores.ValueCorrect);

        // With a date the comparison is exact again: X is then a miss.
        var dated = TimexEvaluation.Score(undated, new DateOnly(2025, 11, 6), [Predicted(14, 38, "DATE", predicted)]);
        Assert.Equal(gold == predicted, dated.Matches.Single().ValueCorrect);
    }

    [Fact]
    public void Run_passes_the_dct_else_the_published_date_to_the_recogniser()
    {
        var undated = Doc with { Source = "u.tml", Created = null };
        var seen = new List<DateOnly?>();
        var result = TimexEvaluation.Run([Doc, undated], (text, published) =>
        {
            seen.Add(published);
            return ImmutableArray.Create(Predicted(66, 74, "DATE", "1992"));
        }, new DateOnly(2024, 1, 1));
        Assert.Equal([new DateOnly(2025, 11, 6), new DateOnly(2024, 1, 1)], seen);
        Assert.Equal((2, 6, 2, 2), (result.Scores.Documents, result.Scores.Gold, result.Scores.Predicted, result.Scores.ValueCorrect));
    }

    [Fact]
    public void Random_predictions_keep_the_counting_invariants()
    {
        var span = Gen.Select(Gen.Int[0, 70], Gen.Int[1, 10], (start, length) => new TextSpan(start, start + length));
        var spans = span.Array[0, 8];
        Gen.Select(spans, spans).Sample((goldSpans, predictedSpans) =>
        {
            var doc = Doc with { Timexes = [.. goldSpans.Select(s => Gold(s.Start, s.End, "DATE", "2025"))] };
            var result = TimexEvaluation.Score(doc, null, [.. predictedSpans.Select(s => Predicted(s.Start, s.End, "DATE", "2025"))]);
            var scores = TimexEvaluation.Sum([result]);

            // One-to-one: every gold and every prediction is matched once or listed once as missed / spurious.
            Assert.Equal(goldSpans.Length, result.Matches.Length + result.Missed.Length);
            Assert.Equal(predictedSpans.Length, result.Matches.Length + result.Spurious.Length);
            Assert.InRange(scores.StrictMatches, 0, scores.RelaxedMatches);
            Assert.All(result.Matches, m => Assert.True(m.Gold.Span.Start < m.Predicted.Span.End && m.Predicted.Span.Start < m.Gold.Span.End));
        });
    }

    [Fact]
    public void The_gold_scored_against_itself_is_perfect()
    {
        var result = TimexEvaluation.Score(Doc, Doc.Created, [.. Doc.Timexes.Select(g => new TimeExpression(g.Span, g.Text, g.Type, g.Value))]);
        var scores = TimexEvaluation.Sum([result]);
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (scores.StrictF1, scores.RelaxedF1, scores.TypeAccuracy, scores.ValueAccuracy));
    }

    [Theory]
    [InlineData("DATE", "2025-11-06", true)]
    [InlineData("DATE", "2025-W45", true)]
    [InlineData("DATE", "198", true)]
    [InlineData("DATE", "18", true)]
    [InlineData("DATE", "XXXX-11", true)]
    [InlineData("DATE", "PRESENT_REF", true)]
    [InlineData("DATE", "2025-11-06T17:30", false)]
    [InlineData("DATE", "6/11/2025", false)]
    [InlineData("TIME", "2025-11-06T17:30", true)]
    [InlineData("TIME", "2025-11-06TEV", true)]
    [InlineData("TIME", "2025-11-06", false)]
    [InlineData("DURATION", "P3D", true)]
    [InlineData("DURATION", "PT2H", true)]
    [InlineData("DURATION", "PXDE", true)]
    [InlineData("DURATION", "PXY", true)]
    [InlineData("DURATION", "P", false)]
    [InlineData("DURATION", "3D", false)]
    [InlineData("SET", "P1W", true)]
    [InlineData("SET", "XXXX-WXX-5", true)]
    public void Timex_values_have_timeml_shapes(string type, string value, bool valid) =>
        Assert.Equal(valid, TimexValue.IsValid(Of(type), value));
}
