using System.Collections.Frozen;
using System.Globalization;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Numbers;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>
/// A month name: its number, whether it is Hijri, whether it is a month even alone, and whether a preposition of
/// time before it is enough (<see cref="TimeRules.MonthPrepositions"/>).
/// </summary>
internal readonly record struct MonthName(int Month, bool Hijri, bool Alone, bool AfterPreposition = false);

/// <summary>A weekday name: its ISO number (Monday 1 … Sunday 7) and whether it is a weekday even alone.</summary>
internal readonly record struct WeekdayName(int IsoDay, bool Alone);

/// <summary>A relative phrase: unit (day, week, month, year, century), offset from the published date, part of day.</summary>
internal readonly record struct RelativePhrase(string Unit, int Offset, string? Part);

/// <summary>How many of a unit a unit word counts by itself.</summary>
internal enum UnitNumber
{
    Singular,
    Dual,
    Plural,
}

/// <summary>A time-unit word: its TIMEX3 unit (D W M Y DE CE H MIN) and its grammatical number.</summary>
internal readonly record struct UnitWord(string Unit, UnitNumber Number);

/// <summary>A part of the day: its TIMEX3 code and whether a clock hour before it is in the afternoon.</summary>
internal readonly record struct DayPart(string Code, bool Pm);

/// <summary>A reference point (PRESENT_REF, PAST_REF, FUTURE_REF) and whether it needs في before it.</summary>
internal readonly record struct ReferencePoint(string Value, bool AfterPreposition);

/// <summary>The kinds of data/rules/time-year-parts.tsv.</summary>
internal enum YearPartKind
{
    Season,
    Quarter,
    Half,
}

/// <summary>A part of a year: its TIMEX3 code (SU, Q3, H1), kind, the month it begins in, and whether the phrase has the article.</summary>
internal readonly record struct YearPart(string Code, YearPartKind Kind, int StartMonth, bool Definite);

/// <summary>The part of a period a word names (TIMEX3 mod): أوائل START, منتصف MID, أواخر END.</summary>
internal enum PeriodMod
{
    Start,
    Mid,
    End,
}

/// <summary>A frequency word of data/rules/time-sets.tsv: its period and whether it is an adjective.</summary>
internal readonly record struct SetWord(string Value, bool Adjective);

/// <summary>The roles of data/rules/time-year-context.tsv.</summary>
internal enum YearContext
{
    Context,
    Event,
    Range,
}

/// <summary>Which tables a rule's first token is read through, for the gate: a rule is asked only where its families start.</summary>
[Flags]
internal enum StartFamily
{
    None = 0,
    Number = 1,
    Month = 1 << 1,
    Weekday = 1 << 2,
    Relative = 1 << 3,
    Unit = 1 << 4,
    Part = 1 << 5,
    Decade = 1 << 6,
    Set = 1 << 7,
    Cue = 1 << 8,
    Reference = 1 << 9,
    YearPart = 1 << 10,
    PeriodPart = 1 << 11,
    Anchored = 1 << 12,
    All = (1 << 13) - 1,
}

/// <summary>The roles of data/rules/time-cues.tsv.</summary>
internal enum Cue
{
    Future,
    PastAfter,
    FutureAfter,
    YearHead,
    Gregorian,
    Hijri,
    Ago,
    Later,
    For,
    Every,
    Clock,
    DayHead,
    MonthHead,
    CenturyHead,
    VagueTail,
    DateLink,
    VagueCount,
    AmountModifier,
    Half,
    InARow,
    First,
    Recent,
    Times,
    Fiscal,
    In,
    Of,
    Rate,
    Passage,
}

/// <summary>The time rules of data/rules/time-*.tsv, loaded once into frozen tables.</summary>
internal sealed class TimeRules
{
    private const string Prefix = "Marsad.data.rules.";

    // The definite article, which tells a definite phrase of a table (الربيع) from its construct form (ربيع).
    private const string Article = "ال";

    public static TimeRules Default { get; } = new();

    private TimeRules()
    {
        Months = new(Rows("time-months.tsv"), static r => new MonthName(Int(r[1]), r[2] == "hijri", r[3] == "yes", r[3] == "preposition"));
        MonthPrepositions = new(Rows("time-month-prepositions.tsv"), static _ => true);
        Weekdays = new(Rows("time-weekdays.tsv"), static r => new WeekdayName(Int(r[1]), r[2] == "yes"));
        Relative = new(Rows("time-relative.tsv"), static r => new RelativePhrase(r[1], Int(r[2]), r.Length > 3 && r[3].Length > 0 ? r[3] : null));
        Units = new(Rows("time-units.tsv"), static r => new UnitWord(r[1], Enum.Parse<UnitNumber>(r[2], ignoreCase: true)));
        Parts = new(Rows("time-parts-of-day.tsv"), static r => new DayPart(r[1], r[2] == "pm"));
        Decades = new(Rows("time-decades.tsv").SelectMany(r => new[] { (r[0], Int(r[1])), ("ال" + r[0], Int(r[1])) }));
        Sets = new(Rows("time-sets.tsv"), static r => new SetWord(r[1], r[2] == "adjective"));
        var cues = Rows("time-cues.tsv").Select(r => (r[0], Enum.Parse<Cue>(r[1].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true))).ToList();
        Cues = new(cues);
        YearBlockers = new(Rows("time-year-blockers.tsv"), static _ => true);
        YearContexts = new(Rows("time-year-context.tsv"), static r => Enum.Parse<YearContext>(r[1], ignoreCase: true));
        References = new(Rows("time-references.tsv"), static r => new ReferencePoint(r[1], r[2] == "after-preposition"));
        YearParts = new(Rows("time-year-parts.tsv"), static r => new YearPart(r[1], Enum.Parse<YearPartKind>(r[2], ignoreCase: true), Int(r[3]), ArabicNormalizer.Normalize(r[0]).StartsWith(Article, StringComparison.Ordinal)));
        PeriodParts = new(Rows("time-period-parts.tsv"), static r => Enum.Parse<PeriodMod>(r[1], ignoreCase: true));
        Anchored = new(Rows("time-anchored.tsv"), static r => new RelativePhrase(r[1], Int(r[2]), null));

        // Cues that only follow or precede an expression from outside never start one; leaving them out
        // keeps common words (في، على، من) from waking every rule.
        var starting = new PhraseTable<Cue>(cues.Where(static c => c.Item2 is not (Cue.InARow or Cue.Recent or Cue.Fiscal or Cue.In or Cue.Of or Cue.Rate or Cue.Passage)));
        var families = new Dictionary<string, StartFamily>(StringComparer.Ordinal);
        Add(families, Months.FirstWords, StartFamily.Month);
        Add(families, Weekdays.FirstWords, StartFamily.Weekday);
        Add(families, Relative.FirstWords, StartFamily.Relative);
        Add(families, Units.FirstWords, StartFamily.Unit);
        Add(families, Parts.FirstWords, StartFamily.Part);
        Add(families, Decades.FirstWords, StartFamily.Decade);
        Add(families, Sets.FirstWords, StartFamily.Set);
        Add(families, starting.FirstWords, StartFamily.Cue);
        Add(families, References.FirstWords, StartFamily.Reference);
        Add(families, YearParts.FirstWords, StartFamily.YearPart);
        Add(families, PeriodParts.FirstWords, StartFamily.PeriodPart);
        Add(families, Anchored.FirstWords, StartFamily.Anchored);
        Add(families, NumberWords.Table.Keys, StartFamily.Number);
        _startWords = families.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var gate = new WordTable<StartFacts>();
        foreach (var (word, family) in families)
        {
            gate.Facts(word).Families = family;
        }

        _gate = gate.Freeze();
    }

    // The same words for the gate (StartFamilies), which asks every reading of every token: a word table turns
    // away the words that start nothing (nearly all) through its filter, without a dictionary's probe.
    private readonly WordTable<StartFacts> _gate;

    private sealed class StartFacts
    {
        public StartFamily Families { get; set; }
    }

    // Every word a time expression can start with, under any clitic reading, with the families of rules that can
    // start on it: see StartFamilies.
    private readonly FrozenDictionary<string, StartFamily>.AlternateLookup<ReadOnlySpan<char>> _startWords;

    public PhraseTable<MonthName> Months { get; }

    /// <summary>The prepositions of time after which a month that is also an ordinary word is the month (في مارس).</summary>
    public PhraseTable<bool> MonthPrepositions { get; }

    public PhraseTable<WeekdayName> Weekdays { get; }

    public PhraseTable<RelativePhrase> Relative { get; }

    public PhraseTable<UnitWord> Units { get; }

    public PhraseTable<DayPart> Parts { get; }

    public PhraseTable<int> Decades { get; }

    public PhraseTable<SetWord> Sets { get; }

    public PhraseTable<YearContext> YearContexts { get; }

    public PhraseTable<ReferencePoint> References { get; }

    public PhraseTable<YearPart> YearParts { get; }

    public PhraseTable<PeriodMod> PeriodParts { get; }

    /// <summary>Phrases counted from the time the text last gave (اليوم التالي، الشهر نفسه).</summary>
    public PhraseTable<RelativePhrase> Anchored { get; }

    public PhraseTable<Cue> Cues { get; }

    public PhraseTable<bool> YearBlockers { get; }

    /// <summary>Whether any rule can find an expression starting at token <paramref name="index"/> (see <see cref="StartFamilies"/>).</summary>
    public bool CanStart(TokenView view, int index) => StartFamilies(view, index) != StartFamily.None;

    /// <summary>
    /// The families of rules that can find an expression starting at token <paramref name="index"/>: a gate that lets
    /// the recogniser skip the tokens no rule could start on (most of them), and ask the others only the rules that
    /// could start there.
    /// </summary>
    /// <remarks>
    /// Every rule reads its first token in one of three ways: as digits (a number token), through a phrase
    /// table of these rules, or as a number word. Each of those reads a word through its clitic readings
    /// (<see cref="ArabicClitics.Readings"/>) and looks the stem up. So a word none of whose readings is
    /// the first word of a phrase, or a number word, starts nothing, and a word starts only the rules of the tables
    /// its readings are in; the gate may let through more than the rules take, never less. <c>TimeGateTests</c> holds
    /// the recogniser with the gate to the one without it.
    /// </remarks>
    public StartFamily StartFamilies(TokenView view, int index)
    {
        if (view.IsKind(index, TokenKind.Number))
        {
            return StartFamily.Number;
        }

        var found = StartFamily.None;
        var word = view.Word(index);
        if (!_gate.MayHoldReadingOf(word))
        {
            // Most words end in letters no time word ends in: none of their readings is looked up.
            return found;
        }

        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (_gate.Find(reading.Stem(word)) is { } facts)
            {
                found |= facts.Families;
            }
        }

        return found;
    }

    /// <summary>
    /// How many leading characters of the normalised word at <paramref name="index"/> are proclitics the expression
    /// does not need (و ف ب ل ك before it: وأواخر، لعقود، بالأمس → 1; وبالأمس → 2): 0 when the word itself can start an
    /// expression or is a number. The article stays: in لليوم (ل + اليوم, its alef elided) only the first ل goes.
    /// </summary>
    public int ProcliticLength(TokenView view, int index)
    {
        var word = view.Word(index);
        if (word.IsEmpty || _startWords.ContainsKey(word))
        {
            return 0;
        }

        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (reading.Stripped == 0 || !_startWords.ContainsKey(reading.Stem(word)))
            {
                continue;
            }

            // The article's letters are part of the expression: strip only what comes before them.
            var stripped = word[..reading.Stripped];
            return !reading.HasArticle ? reading.Stripped
                : stripped.EndsWith(Article, StringComparison.Ordinal) ? reading.Stripped - Article.Length
                : reading.Stripped - 1;
        }

        return 0;
    }

    /// <summary>Whether the cue <paramref name="cue"/> starts at <paramref name="index"/> (proclitics allowed), and where it ends.</summary>
    public bool IsCue(TokenView view, int index, Cue cue, out int end) =>
        Cues.TryMatch(view, index, proclitics: true, out var found, out end) && found == cue;

    /// <summary>The unit of a definite unit word at <paramref name="index"/> (اليوم، الشهرين، الأشهر، لليوم), proclitics allowed.</summary>
    public bool TryDefiniteUnit(TokenView view, int index, out UnitWord unit)
    {
        unit = default;
        var word = view.Word(index);
        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (reading.HasArticle && Units.TryGetWord(reading.Stem(word), out unit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cue at <paramref name="index"/> if it has role <paramref name="cue"/> (no proclitics), read as a word before or after an expression.</summary>
    public bool IsCueWord(TokenView view, int index, Cue cue) =>
        Cues.TryMatch(view, index, proclitics: false, out var found, out _) && found == cue;

    private static void Add(Dictionary<string, StartFamily> families, IEnumerable<string> words, StartFamily family)
    {
        foreach (var word in words)
        {
            families[word] = families.GetValueOrDefault(word) | family;
        }
    }

    private static string[][] Rows(string file) =>
        RuleFile.Rows(Prefix + file).Select(static r => r.Select(static c => c.Trim()).ToArray()).ToArray();

    private static int Int(string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
