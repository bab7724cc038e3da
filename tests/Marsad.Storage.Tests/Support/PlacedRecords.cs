using Marsad.Model;

namespace Marsad.Storage.Tests.Support;

/// <summary>
/// Real analyses of our own sentences whose events are given places and Goldstein scores, as the
/// geography pass will give them (until it is merged the pipeline leaves both null).
/// </summary>
internal static class PlacedRecords
{
    public static readonly EventPlace Gaza = new("place/gaza", "Gaza City", "PSE", 31.50161, 34.46672, 281133, PlacePrecision.Place);
    public static readonly EventPlace Damascus = new("place/damascus", "Damascus", "SYR", 33.5102, 36.29128, 170654, PlacePrecision.Place);

    public const string GazaText = "قصفت الطائرات الإسرائيلية مدينة غزة فجر اليوم.";
    public const string DamascusText = "تظاهر آلاف المحتجين في دمشق يوم الجمعة.";
    public const string DohaText = "استضافت الدوحة قمة عربية طارئة يوم الأربعاء.";

    public static DocumentRecord Of(string text, string source, EventPlace? place, double? goldstein)
    {
        var document = new SourceDocument { Source = source, Text = text, Published = new DateOnly(2025, 11, 6) };
        var analysis = TestData.Pipeline.Analyze(document);
        Assert.NotEmpty(analysis.Events);
        return DocumentRecord.Create(
            analysis with { Events = [.. analysis.Events.Select(e => e with { Place = place, Goldstein = goldstein })] }, document, TestData.IngestTime);
    }

    /// <summary>Gaza (bombing, −10), Damascus (protest, −6.5) and Doha (no place).</summary>
    public static DocumentRecord[] ThreeCities() =>
    [
        Of(GazaText, "gaza.txt", Gaza, -10),
        Of(DamascusText, "damascus.txt", Damascus, -6.5),
        Of(DohaText, "doha.txt", null, null),
    ];
}
