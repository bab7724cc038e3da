using CsCheck;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>One test per rule of <see cref="Tokenizer"/>, and its invariants over random text.</summary>
public class TokenizerTests
{
    private static (string Original, string Normalized, TokenKind Kind)[] Tokens(string text)
    {
        var normalized = NormalizedText.Create(text);
        return [.. Tokenizer.Tokenize(normalized).Select(t => (t.Span.Slice(text), t.NormalizedIn(normalized).ToString(), t.Kind))];
    }

    [Fact]
    public void A_news_sentence_becomes_words_numbers_and_punctuation() =>
        Assert.Equal(
            [
                ("وقّع", "وقع", TokenKind.Word),
                ("الرئيسُ", "الرئيس", TokenKind.Word),
                ("اتفاقاً", "اتفاقا", TokenKind.Word),
                ("بقيمة", "بقيمه", TokenKind.Word),
                ("٣٫٥", "3.5", TokenKind.Number),
                ("مليار", "مليار", TokenKind.Word),
                ("دولار", "دولار", TokenKind.Word),
                ("،", "،", TokenKind.Punctuation),
                ("يوم", "يوم", TokenKind.Word),
                ("6", "6", TokenKind.Number),
                ("نوفمبر", "نوفمبر", TokenKind.Word),
                (".", ".", TokenKind.Punctuation),
            ],
            Tokens("وقّع الرئيسُ اتفاقاً بقيمة ٣٫٥ مليار دولار، يوم 6 نوفمبر."));

    [Fact]
    public void Rule1_whitespace_is_never_part_of_a_token() =>
        Assert.Equal(["كازاخستان", "تنضم"], Tokens(" \tكازاخستان\u00A0\n تنضم ").Select(t => t.Original));

    [Fact]
    public void Rule2_letters_of_any_script_make_a_word_and_keep_their_marks()
    {
        Assert.Equal([("NATO", "nato", TokenKind.Word)], Tokens("NATO"));
        Assert.Equal([("تطـــبيع", "تطبيع", TokenKind.Word)], Tokens("تطـــبيع"));
        Assert.Equal([("ڤيينا", "ڤيينا", TokenKind.Word)], Tokens("ڤيينا"));
        Assert.Equal([("Cafe\u0301", "cafe\u0301", TokenKind.Word)], Tokens("Cafe\u0301"));
    }

    [Fact]
    public void Rule3_a_dot_or_comma_between_digits_stays_in_the_number()
    {
        Assert.Equal([("1,200", "1,200", TokenKind.Number)], Tokens("1,200"));
        Assert.Equal([("١٩٩٢", "1992", TokenKind.Number), ("،", "،", TokenKind.Punctuation)], Tokens("١٩٩٢،"));
        Assert.Equal(
            [("2025", "2025", TokenKind.Number), (".", ".", TokenKind.Punctuation)],
            Tokens("2025."));
    }

    [Fact]
    public void Rule3_letters_and_digits_are_separate_tokens() =>
        Assert.Equal(
            [("F", "f", TokenKind.Word), ("16", "16", TokenKind.Number)],
            Tokens("F16"));

    [Fact]
    public void Rule4_each_punctuation_character_is_its_own_token() =>
        Assert.Equal(
            [("«", TokenKind.Punctuation), ("نعم", TokenKind.Word), ("؟", TokenKind.Punctuation), ("»", TokenKind.Punctuation), ("!", TokenKind.Punctuation)],
            Tokens("«نعم؟»!").Select(t => (t.Original, t.Kind)));

    [Fact]
    public void Rule5_other_characters_are_one_symbol_per_code_point() =>
        Assert.Equal(
            [("$", TokenKind.Symbol), ("😀", TokenKind.Symbol), ("+", TokenKind.Symbol)],
            Tokens("$😀+").Select(t => (t.Original, t.Kind)));

    [Fact]
    public void Rule6_a_token_span_keeps_its_diacritics_and_hidden_hamza() =>
        Assert.Equal([("مو\u0654تمر", "مؤتمر", TokenKind.Word), ("مُحَمَّدٌ", "محمد", TokenKind.Word)], Tokens("مو\u0654تمر مُحَمَّدٌ"));

    [Fact]
    public void Rule7_tokens_from_one_ligature_are_merged() =>
        Assert.Equal(
            [("محمد", "محمد", TokenKind.Word), ("ﷺ", "صلي الله عليه وسلم", TokenKind.Word)],
            Tokens("محمد ﷺ"));

    [Fact]
    public void The_sample_article_keeps_the_invariants()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt"));
        AssertInvariants(text);
        Assert.Contains(Tokens(text), t => t.Normalized == "1992" && t.Kind == TokenKind.Number);
    }

    [Fact]
    public void Random_texts_keep_the_invariants() => RandomText.Mixed.Sample(AssertInvariants);

    [Fact]
    public void A_long_random_text_keeps_the_invariants() => AssertInvariants(RandomText.Long(5, 40_000));

    [Fact]
    public void A_text_of_many_segments_gives_each_piece_its_own_tokens_at_its_offset()
    {
        // More tokens than one pooled segment holds, with a merged ligature (four normalised words, one
        // token) falling across every segment boundary in turn: the text is a piece said over and over,
        // so its tokens are the piece's tokens again and again, shifted by the piece's length.
        const string piece = "قال محمد ﷺ في ٣٫٥ دقائق، ";
        var pieceTokens = Tokenizer.Tokenize(NormalizedText.Create(piece));
        var repeats = (PooledArrays.MaxPooledLength * 3 / pieceTokens.Length) + 1;
        var text = string.Concat(Enumerable.Repeat(piece, repeats));

        var tokens = Tokenizer.Tokenize(NormalizedText.Create(text));

        Assert.Equal(repeats * pieceTokens.Length, tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var expected = pieceTokens[i % pieceTokens.Length];
            var shift = i / pieceTokens.Length * piece.Length;
            Assert.Equal(new TextSpan(expected.Span.Start + shift, expected.Span.End + shift), tokens[i].Span);
            Assert.Equal(expected.Kind, tokens[i].Kind);
        }
    }

    private static void AssertInvariants(string text)
    {
        var normalized = NormalizedText.Create(text);
        var previousEnd = 0;
        var previousNormEnd = 0;
        foreach (var token in Tokenizer.Tokenize(normalized))
        {
            Assert.InRange(token.Span.Start, previousEnd, text.Length - 1);
            Assert.InRange(token.Span.End, token.Span.Start + 1, text.Length);
            Assert.InRange(token.NormStart, previousNormEnd, normalized.Value.Length - 1);
            Assert.InRange(token.NormEnd, token.NormStart + 1, normalized.Value.Length);
            Assert.Equal(ArabicNormalizer.Normalize(token.Span.Slice(text)), token.NormalizedIn(normalized).ToString());
            previousEnd = token.Span.End;
            previousNormEnd = token.NormEnd;
        }
    }
}
