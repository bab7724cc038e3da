using System.Text;
using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary>A JSON line's own id comes through <c>analyze</c> as <c>source_id</c>, so results join back to the input.</summary>
public sealed class SourceIdTests
{
    [Fact]
    public void Each_json_line_s_id_is_kept_as_source_id_numbers_as_their_text()
    {
        const string input = """
            {"id": "wire-0117", "text": "استقبل الملك عبد الله الثاني في عمان أمس وزير الخارجية المصري."}
            {"id": 905, "text": "أعلنت الحكومة العراقية خطة جديدة لإعادة إعمار الموصل."}
            {"text": "وصل الوفد الكويتي إلى الرياض لبحث التعاون الاقتصادي."}
            """;
        var run = CliRun.WithInput(Encoding.UTF8.GetBytes(input), "analyze", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["wire-0117", "905", null], run.Documents.Select(static d => d.GetProperty("source_id").GetString()));
        Assert.Equal(JsonValueKind.Null, run.Documents[2].GetProperty("source_id").ValueKind);
    }

    [Fact]
    public void A_plain_text_file_has_no_source_id()
    {
        var document = CliRun.Of("analyze", TestFiles.SeedArticle).Documents.Single();
        Assert.Equal(JsonValueKind.Null, document.GetProperty("source_id").ValueKind);
    }
}
