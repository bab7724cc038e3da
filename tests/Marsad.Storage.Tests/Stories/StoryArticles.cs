using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Storage.Tests.Stories;

/// <summary>
/// A small story of our own sentences: an air raid on Gaza reported five times by three outlets, one of the reports
/// 30 hours before the others, beside one unrelated article. Each is analysed by the real pipeline. The web tests
/// compile this file too (their server's store gets the same story).
/// </summary>
internal static class StoryArticles
{
    public static readonly string[] Gaza =
    [
        "قصفت الطائرات الإسرائيلية مدينة غزة فجر اليوم الثلاثاء وأصابت عدة مبان سكنية في حي الرمال.",
        "وقال الدفاع المدني الفلسطيني إن فرقه انتشلت عددا من الجرحى من تحت الأنقاض بعد ساعات من البحث.",
        "ودعت الأمم المتحدة إسرائيل إلى وقف الغارات على المناطق المأهولة بالسكان في القطاع.",
        "وأعلنت مصر أنها تجري اتصالات مكثفة مع الطرفين لاحتواء التصعيد ومنع اتساعه.",
        "وأغلقت المدارس أبوابها في شمال القطاع حتى إشعار آخر بسبب القصف المتواصل.",
        "وأفاد شهود عيان بأن سيارات الإسعاف نقلت المصابين إلى مستشفى الشفاء في المدينة.",
        "وذكرت وكالة الأنباء الفلسطينية أن الكهرباء انقطعت عن أحياء واسعة من المدينة.",
        "وأكد متحدث باسم الجيش الإسرائيلي أن الغارات استهدفت مواقع عسكرية تابعة للفصائل.",
    ];

    /// <summary>The story's five reports (the first 30 hours before <paramref name="now"/>, the others in the last 2 hours) and the unrelated article.</summary>
    public static DocumentRecord[] GazaRecords(MarsadPipeline pipeline, DateTimeOffset now) =>
    [
        Arrived(pipeline, Gaza[..5], "https://www.a.example/1", now.AddHours(-30)),
        Arrived(pipeline, [.. Gaza[..5], Gaza[5]], "https://a.example/2", now.AddHours(-2)),
        Arrived(pipeline, [.. Gaza[..5], Gaza[6]], "https://b.example/3", now.AddHours(-1)),
        Arrived(pipeline, [.. Gaza[..5], Gaza[7]], "https://c.example/4", now.AddMinutes(-30)),
        Arrived(pipeline, [.. Gaza[..5], Gaza[5], Gaza[6]], "https://c.example/5", now),
        Arrived(pipeline, ["استضافت الدوحة قمة عربية طارئة يوم الأربعاء لبحث الأوضاع في المنطقة."], "https://d.example/6", now.AddHours(-1)),
    ];

    public static DocumentRecord Arrived(MarsadPipeline pipeline, string[] sentences, string url, DateTimeOffset at)
    {
        var document = new SourceDocument
        {
            Source = url, Url = url, Text = string.Join("\n\n", sentences), Title = sentences[0][..40], Published = DateOnly.FromDateTime(at.UtcDateTime),
        };
        return DocumentRecord.Create(pipeline.Analyze(document), document, at);
    }
}
