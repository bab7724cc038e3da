using Marsad.Model;
using Marsad.Storage;
using Marsad.Storage.Sqlite;

namespace Marsad.Web.Tests.Support;

/// <summary>
/// Stores real analyses of our own sentences whose events carry places and Goldstein scores, as the
/// geography pass will set them (until it is merged the pipeline leaves both null): Gaza, Damascus, Douma
/// beside it, Baghdad, and a Doha summit without a place. Written straight into the server's SQLite file, which
/// the app reads per request.
/// </summary>
internal static class PlacedEvents
{
    public static readonly EventPlace Gaza = new("place/gaza", "Gaza City", "PSE", 31.50161, 34.46672, 281133, PlacePrecision.Place);
    public static readonly EventPlace Damascus = new("place/damascus", "Damascus", "SYR", 33.5102, 36.29128, 170654, PlacePrecision.Place);
    public static readonly EventPlace Douma = new("place/douma", "Douma", "SYR", 33.57175, 36.40270, 170592, PlacePrecision.Place);
    public static readonly EventPlace Baghdad = new("place/baghdad", "Baghdad", "IRQ", 33.34058, 44.40088, 98182, PlacePrecision.Place);

    public static void AddTo(string databasePath)
    {
        using var store = SqliteStore.Open(databasePath);
        store.Add([
            Record("قصفت الطائرات الإسرائيلية مدينة غزة فجر اليوم.", "gaza.txt", Gaza, -10),
            Record("تظاهر آلاف المحتجين في دمشق يوم الجمعة.", "damascus.txt", Damascus, -6.5),
            Record("اعتقلت قوات الأمن عشرات المتظاهرين في دوما أمس.", "douma.txt", Douma, -5),
            Record("انفجرت سيارة مفخخة في سوق ببغداد وقتل خمسة أشخاص.", "baghdad.txt", Baghdad, -10),
            Record("استضافت الدوحة قمة عربية طارئة يوم الأربعاء.", "doha.txt", null, null),
        ]);
    }

    private static DocumentRecord Record(string text, string source, EventPlace? place, double? goldstein)
    {
        var document = new SourceDocument { Source = source, Text = text, Published = new DateOnly(2025, 11, 6) };
        var analysis = SharedPipeline.Instance.Analyze(document);
        Assert.NotEmpty(analysis.Events);
        return DocumentRecord.Create(
            analysis with { Events = [.. analysis.Events.Select(e => e with { Place = place, Goldstein = goldstein })] },
            document,
            new DateTimeOffset(2025, 11, 7, 9, 0, 0, TimeSpan.Zero));
    }
}
