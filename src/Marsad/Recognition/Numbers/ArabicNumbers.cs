using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Recognition.Numbers;

/// <summary>
/// Reads numbers written in digits or in Arabic words from a run of tokens (ثلاثة، عشرين، واحد وعشرين،
/// ثلاثة آلاف وخمسمائة، 70، ٧٠، 3.5 مليار، التاسع عشر، الحادي والعشرين، الخامسة والنصف).
/// </summary>
/// <remarks>
/// Rules, over normalised tokens (the words and their kinds are data: data/rules/number-words.tsv):
/// <list type="number">
/// <item>A number token is read by <see cref="TryParseDigits"/>; a scale word right after it multiplies it
///   (3.5 مليار, 70 ألف, 5 آلاف). Digits never join with other number words.</item>
/// <item>The first word may carry any proclitics (وثلاثة، بعشرين، الخامسة، لثلاث); later words only و or
///   وال (وعشرين، والعشرين، والنصف).</item>
/// <item>Parts joined by و add, in the order Arabic writes them: a unit or a ten after a hundred or a
///   scale, a ten after a unit or an ordinal (واحد وعشرون، الحادي والعشرين), a hundred after a scale, a
///   fraction after anything. Anything else ends the number, so lists stay apart (ثلاثة وأربعة).</item>
/// <item>Without و: عشر/عشرة after a unit or an ordinal adds ten (ثلاثة عشر، التاسع عشر); مئة after a
///   unit multiplies it (ثلاث مئة); a scale after a group multiplies the group (ثلاثة آلاف، عشرين مليونا).</item>
/// <item>A compound-only word (أحد، إحدى) must be followed by عشر or و + a ten; a plural scale (آلاف) and a
///   fraction never start a number.</item>
/// <item>The number is ordinal when it starts with an ordinal word.</item>
/// </list>
/// Linear: every token is looked at once, and nothing is allocated but the result.
/// </remarks>
public static class ArabicNumbers
{
    /// <summary>Reads the number that starts at token <paramref name="tokenIndex"/> of <paramref name="text"/>.</summary>
    public static bool TryRead(TextAnalysis text, int tokenIndex, out ArabicNumber number)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryRead(text.Tokens.AsSpan(), text.Normalized.Value, tokenIndex, out number);
    }

    /// <summary>Every number of <paramref name="text"/>, left to right, none overlapping.</summary>
    public static ImmutableArray<ArabicNumber> FindAll(TextAnalysis text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens.AsSpan();
        var normalized = text.Normalized.Value;
        var found = ImmutableArray.CreateBuilder<ArabicNumber>();
        var i = 0;
        while (i < tokens.Length)
        {
            if (TryRead(tokens, normalized, i, out var number))
            {
                found.Add(number);
                i = number.End;
            }
            else
            {
                i++;
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The value of a text that is one number and nothing else (" واحد وعشرين " → 21).</summary>
    public static bool TryParse(string text, out decimal value)
    {
        var analysis = TextAnalysis.Create(text);
        if (analysis.Tokens.Length > 0 && TryRead(analysis, 0, out var number) && number.End == analysis.Tokens.Length)
        {
            value = number.Value;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// The value of a run of ASCII digits (normalised ٧٠ is 70) with "." as the decimal point (3.5). A "," or "."
    /// followed by exactly three digits in every group separates thousands (1,200 and 1.200.000); a single ","
    /// otherwise is a decimal comma (3,5). Two dots with other groups (6.11.2025) are not a number.
    /// </summary>
    public static bool TryParseDigits(ReadOnlySpan<char> digits, out decimal value)
    {
        value = 0;
        if (digits.IsEmpty || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[^1]))
        {
            return false;
        }

        var separators = 0;
        var separator = '\0';
        var firstGroup = 0;
        var groupLength = 0;
        var groupsOfThree = true; // every group after the first has exactly three digits
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                groupLength++;
                continue;
            }

            if (c is not ('.' or ',') || (separator != '\0' && c != separator))
            {
                return false;
            }

            if (separators == 0)
            {
                firstGroup = groupLength;
            }
            else
            {
                groupsOfThree &= groupLength == 3;
            }

            separator = c;
            separators++;
            groupLength = 0;
        }

        groupsOfThree &= groupLength == 3 && firstGroup <= 3;
        var thousands = separators > 1 || (separator == ',' && groupsOfThree);
        if (separators > 1 && !groupsOfThree)
        {
            return false;
        }

        var decimalPoint = separators == 1 && !thousands;
        var result = 0m;
        var scale = 0m;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                var d = c - '0';
                if (scale == 0)
                {
                    if (result > 1e24m)
                    {
                        return false; // beyond what any news number needs; decimal would overflow later
                    }

                    result = (result * 10) + d;
                }
                else
                {
                    scale /= 10;
                    result += d * scale;
                }
            }
            else if (decimalPoint)
            {
                scale = 1;
            }
        }

        value = result;
        return true;
    }

    internal static bool TryRead(ReadOnlySpan<Token> tokens, string normalized, int index, out ArabicNumber number)
    {
        number = default;
        if ((uint)index >= (uint)tokens.Length)
        {
            return false;
        }

        var first = tokens[index];
        if (first.Kind == TokenKind.Number)
        {
            if (!TryParseDigits(normalized.AsSpan(first.NormStart, first.NormEnd - first.NormStart), out var digits))
            {
                return false;
            }

            var end = index + 1;
            if (end < tokens.Length && TryWord(tokens[end], normalized, isFirst: false, out var scale, out var joined)
                && !joined && scale.Kind is NumberWordKind.Scale or NumberWordKind.Plural
                && digits * scale.Value < 1e27m)
            {
                digits *= scale.Value;
                end++;
            }

            number = new ArabicNumber(digits, index, end, IsOrdinal: false, IsDigits: true);
            return true;
        }

        return TryReadWords(tokens, normalized, index, out number);
    }

    private static bool TryReadWords(ReadOnlySpan<Token> tokens, string normalized, int index, out ArabicNumber number)
    {
        number = default;
        if (!TryWord(tokens[index], normalized, isFirst: true, out var word, out _)
            || word.Kind is NumberWordKind.Plural or NumberWordKind.Fraction)
        {
            return false;
        }

        var state = new Accumulator();
        state.Start(word);
        var ordinal = word.Kind == NumberWordKind.Ordinal;
        var end = index + 1;
        while (end < tokens.Length && TryWord(tokens[end], normalized, isFirst: false, out word, out var joined)
            && state.TryAdd(word, joined))
        {
            end++;
        }

        if (state.NeedsCompound)
        {
            return false;
        }

        number = new ArabicNumber(state.Value, index, end, ordinal, IsDigits: false);
        return true;
    }

    /// <summary>The number word a token reads as, and whether a و joins it to what came before.</summary>
    private static bool TryWord(Token token, string normalized, bool isFirst, out NumberWord word, out bool joined)
    {
        word = default;
        joined = false;
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var text = normalized.AsSpan(token.NormStart, token.NormEnd - token.NormStart);
        if (!NumberWords.Endings.MayHoldReadingOf(text))
        {
            // Most words end as no number word does: none of their readings is looked up.
            return false;
        }

        foreach (var reading in ArabicClitics.Readings(text))
        {
            if (!NumberWords.Lookup.TryGetValue(reading.Stem(text), out word))
            {
                continue;
            }

            var prefix = text[..reading.Stripped];
            joined = prefix.Length > 0 && prefix[0] == 'و';
            if (isFirst || prefix.IsEmpty || prefix is "و" or "وال")
            {
                return true;
            }
        }

        word = default;
        return false;
    }

    /// <summary>The running value of a number in words: the finished scale groups and the current group.</summary>
    private struct Accumulator
    {
        private decimal _total;
        private decimal _group;
        private NumberWordKind _last;

        public readonly decimal Value => _total + _group;

        public bool NeedsCompound { get; private set; }

        public void Start(NumberWord word)
        {
            _last = word.Kind;
            NeedsCompound = word.Kind == NumberWordKind.Compound;
            if (word.Kind == NumberWordKind.Dual)
            {
                _total = word.Value;
            }
            else if (word.Kind == NumberWordKind.Scale)
            {
                _total = word.Value;
            }
            else
            {
                _group = word.Value;
            }
        }

        public bool TryAdd(NumberWord word, bool joined)
        {
            var unitOnly = _last is NumberWordKind.Unit or NumberWordKind.Compound or NumberWordKind.Ordinal && _group % 100 < 10;
            var ok = (word.Kind, joined) switch
            {
                (NumberWordKind.Teen, false) => unitOnly,
                (NumberWordKind.Hundred, false) => _last == NumberWordKind.Unit && _group < 10 && word.Value == 100,
                (NumberWordKind.Scale or NumberWordKind.Plural, false) =>
                    _group > 0 && _last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Ten or NumberWordKind.Hundred,
                (NumberWordKind.Unit or NumberWordKind.Compound, true) => IsBigger(_last),
                (NumberWordKind.Ten, true) => (unitOnly || IsBigger(_last)) && _group % 100 < 10,
                (NumberWordKind.Hundred, true) => _last is NumberWordKind.Scale or NumberWordKind.Plural or NumberWordKind.Dual,
                (NumberWordKind.Dual, true) => _last is NumberWordKind.Scale or NumberWordKind.Plural,
                (NumberWordKind.Fraction, true) => _last != NumberWordKind.Fraction,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }

            switch (word.Kind)
            {
                case NumberWordKind.Hundred when !joined:
                    _group *= 100;
                    break;
                case NumberWordKind.Scale or NumberWordKind.Plural:
                    _total += _group * word.Value;
                    _group = 0;
                    break;
                case NumberWordKind.Dual:
                    _total += word.Value;
                    break;
                default:
                    _group += word.Value;
                    break;
            }

            if (word.Kind is NumberWordKind.Teen or NumberWordKind.Ten)
            {
                NeedsCompound = false;
            }

            _last = word.Kind;
            return true;
        }

        private static bool IsBigger(NumberWordKind kind) =>
            kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Plural or NumberWordKind.Dual;
    }
}
