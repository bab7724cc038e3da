using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>One test per rule of <see cref="ArabicNormalizer"/>, with real words.</summary>
public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("آسيا", "اسيا")]
    [InlineData("ٱلله", "الله")]
    public void Rule1_hamzated_alef_and_wasla_become_bare_alef(string word, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(word));

    [Theory]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("ایران", "ايران")]
    public void Rule2_alef_maksura_and_farsi_yeh_become_yeh(string word, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(word));

    [Fact]
    public void Rule3_teh_marbuta_becomes_heh() => Assert.Equal("مدرسه", ArabicNormalizer.Normalize("مدرسة"));

    [Fact]
    public void Rule4_tatweel_is_removed() => Assert.Equal("تطبيع", ArabicNormalizer.Normalize("تطـــبيع"));

    [Theory]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("نستعينۖ", "نستعين")]
    public void Rule5_diacritics_superscript_alef_and_quranic_marks_are_removed(string word, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(word));

    [Theory]
    [InlineData("مو\u0654تمر", "مؤتمر")]
    [InlineData("هيي\u0654ة", "هيئه")]
    [InlineData("ا\u0654حمد", "احمد")]
    [InlineData("ا\u0655براهيم", "ابراهيم")]
    [InlineData("ر\u0654يس", "ريس")]
    [InlineData("مو\u064E\u0654تمر", "مؤتمر")]
    public void Rule5_combining_hamza_folds_into_the_letter_before(string word, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(word));

    [Fact]
    public void Rule5_combining_hamza_keeps_the_map_on_the_letter_and_the_span_covers_the_hamza()
    {
        var text = NormalizedText.Create("مو\u0654تمر دولي");
        Assert.Equal("مؤتمر دولي", text.Value);
        Assert.Equal(1, text.ToOriginal(1)); // ؤ comes from the و
        Assert.Equal(3, text.ToOriginal(2)); // ت is after the hamza
        Assert.Equal("مو\u0654تمر", text.ToOriginalSpan(0, 5).Slice(text.Original));
        Assert.Equal("مو\u0654", text.ToOriginalSpan(0, 2).Slice(text.Original));
    }

    [Theory]
    [InlineData("٢٠٢٥", "2025")]
    [InlineData("۱۴۰۴", "1404")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("١٬٢٠٠", "1,200")]
    [InlineData("٥٠٪", "50%")]
    public void Rule6_arabic_and_persian_digits_and_separators_become_ascii(string number, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(number));

    [Theory]
    [InlineData("ﻻ", "لا")]
    [InlineData("ﷲ", "الله")]
    [InlineData("ﺃﺣﻤﺪ", "احمد")]
    [InlineData("ﻷن", "لان")]
    public void Rule7_presentation_forms_are_decomposed_then_normalised(string form, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(form));

    [Fact]
    public void Rule7_every_character_of_an_expansion_maps_to_the_presentation_form()
    {
        var text = NormalizedText.Create("ﻻ بد");
        Assert.Equal("لا بد", text.Value);
        Assert.Equal(0, text.ToOriginal(0));
        Assert.Equal(0, text.ToOriginal(1));
        Assert.Equal(1, text.ToOriginal(2));
        Assert.Equal("ﻻ", text.ToOriginalSpan(0, 2).Slice(text.Original));
    }

    [Theory]
    [InlineData("عبد\u200Cالله", "عبدالله")]
    [InlineData("\u200Fمرحبا\u200E", "مرحبا")]
    [InlineData("\uFEFFالقدس", "القدس")]
    [InlineData("\u202Bغزة\u202C", "غزه")]
    [InlineData("\u2067بيروت\u2069", "بيروت")]
    [InlineData("co\u00ADoperation", "cooperation")]
    public void Rule8_zero_width_and_bidi_controls_are_removed(string text, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(text));

    [Fact]
    public void Rule9_keheh_becomes_kaf() => Assert.Equal("كابل", ArabicNormalizer.Normalize("کابل"));

    [Theory]
    [InlineData("NATO", "nato")]
    [InlineData("Nato", "nato")]
    [InlineData("ÉLYSÉE", "élysée")]
    public void Rule10_letters_outside_arabic_are_lower_cased(string word, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(word));

    [Fact]
    public void Map_points_back_to_the_original_word_with_its_marks()
    {
        var text = NormalizedText.Create("قال مُحَمَّدٌ إنّ");
        Assert.Equal("قال محمد ان", text.Value);
        Assert.Equal("مُحَمَّدٌ", text.ToOriginalSpan(4, 8).Slice(text.Original));
        Assert.Equal("إنّ", text.ToOriginalSpan(9, 11).Slice(text.Original));
        Assert.Equal(text.Original.Length, text.ToOriginal(text.Value.Length));
    }

    [Fact]
    public void A_text_without_edits_needs_one_run()
    {
        var text = NormalizedText.Create("وقال المبعوث الامريكي ان دوله جديده ستنضم");
        Assert.Equal(1, text.RunCount);
    }

    [Fact]
    public void Empty_text_normalises_to_empty()
    {
        var text = NormalizedText.Create(string.Empty);
        Assert.Equal(string.Empty, text.Value);
        Assert.Equal(0, text.ToOriginal(0));
        Assert.Equal(new Marsad.Model.TextSpan(0, 0), text.ToOriginalSpan(0, 0));
    }
}
