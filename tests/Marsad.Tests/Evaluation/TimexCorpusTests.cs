using System.Text;
using Marsad.Evaluation;
using Marsad.Model;
using Marsad.Tests.Support;

namespace Marsad.Tests.Evaluation;

public sealed class TimexCorpusTests
{
    private const string Document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TimeML>
        <DOCID>t-1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2025-11-06" temporalFunction="false" functionInDocument="CREATION_TIME">2025-11-06</TIMEX3></DCT>
        <TEXT>أعلنت الحكومة <TIMEX3 tid="t1" type="DATE" value="2025-11-06">يوم الخميس</TIMEX3> أن <EVENT eid="e1">الاتفاق</EVENT> &amp; الملحق يسريان ل<TIMEX3 tid="t2" type="DURATION" value="PXDE">عقود</TIMEX3>.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Tags_are_removed_entities_decoded_and_spans_index_the_plain_text()
    {
        var (document, error) = TimexCorpus.Read("t.tml", Document);
        Assert.Null(error);
        Assert.NotNull(document);
        Assert.Equal("أعلنت الحكومة يوم الخميس أن الاتفاق & الملحق يسريان لعقود.", document.Text);
        Assert.Equal(2, document.Timexes.Length);
        foreach (var timex in document.Timexes)
        {
            Assert.Equal(timex.Text, document.Text[timex.Span.Start..timex.Span.End]);
        }

        var (first, second) = (document.Timexes[0], document.Timexes[1]);
        Assert.Equal(("يوم الخميس", TimexType.Date, "2025-11-06", "t1"), (first.Text, first.Type, first.Value, first.Tid));
        Assert.Equal(new TextSpan(14, 24), first.Span);
        Assert.Equal(("عقود", TimexType.Duration, "PXDE"), (second.Text, second.Type, second.Value));
        Assert.Equal(document.Text.IndexOf("عقود", StringComparison.Ordinal), second.Span.Start);
    }

    [Fact]
    public void The_creation_time_comes_from_the_dct_and_is_not_a_gold_expression()
    {
        var document = TimexCorpus.Read("t.tml", Document).Document!;
        Assert.Equal(new DateOnly(2025, 11, 6), document.Created);
        Assert.DoesNotContain(document.Timexes, t => t.Tid == "t0");
    }

    [Fact]
    public void Without_a_dct_the_creation_time_is_unknown()
    {
        var document = TimexCorpus.Read("t.tml", "<TimeML><TEXT>في <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020\">2020</TIMEX3></TEXT></TimeML>").Document!;
        Assert.Null(document.Created);
        Assert.Equal("في 2020", document.Text);
        Assert.Equal(new TextSpan(3, 7), document.Timexes.Single().Span);
    }

    [Fact]
    public void Without_a_text_element_the_document_is_its_text_without_the_metadata()
    {
        var content = "<TimeML><DOCID>t-2</DOCID><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-11-06\" functionInDocument=\"CREATION_TIME\">6 نوفمبر</TIMEX3>"
            + "\nأعلن الوزير <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PRESENT_REF\">حاليا</TIMEX3> خطة.</TimeML>";

        var document = TimexCorpus.Read("heideltime.tml", content).Document!;

        Assert.Equal("\nأعلن الوزير حاليا خطة.", document.Text);
        Assert.Equal(new DateOnly(2025, 11, 6), document.Created);
        var timex = Assert.Single(document.Timexes);
        Assert.Equal(("حاليا", "PRESENT_REF"), (document.Text[timex.Span.Start..timex.Span.End], timex.Value));
    }

    [Fact]
    public void A_byte_order_mark_read_into_the_string_is_not_an_error()
    {
        var (document, error) = TimexCorpus.Read("bom.tml", "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><TimeML><TEXT>نص</TEXT></TimeML>");
        Assert.Null(error);
        Assert.Equal("نص", document!.Text);
    }

    [Fact]
    public void A_dct_with_a_time_of_day_gives_its_date()
    {
        var document = TimexCorpus.Read("t.tml", "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"2025-11-06T09:30\" functionInDocument=\"CREATION_TIME\"/></DCT><TEXT>نص</TEXT></TimeML>").Document!;
        Assert.Equal(new DateOnly(2025, 11, 6), document.Created);
    }

    [Theory]
    [InlineData("<TimeML><TEXT>في <TIMEX3 type=\"DATE\" value=\"2020\">2020</TEXT></TimeML>", "not well-formed XML")]
    [InlineData("<TimeML><DOCID>t-1</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-11-06\" functionInDocument=\"CREATION_TIME\">2025-11-06</TIMEX3></DCT></TimeML>", "no text")]
    [InlineData("<TimeML>\n<TEXT>في <TIMEX3 tid=\"t1\" type=\"YEAR\" value=\"2020\">2020</TIMEX3></TEXT></TimeML>", "line 2: TIMEX3 t1 has type 'YEAR'")]
    [InlineData("<TimeML><TEXT>في <TIMEX3 tid=\"t1\" type=\"DATE\">2020</TIMEX3></TEXT></TimeML>", "TIMEX3 t1 has no value")]
    [InlineData("<TimeML><TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020\">عام <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2020\">2020</TIMEX3></TIMEX3></TEXT></TimeML>", "a TIMEX3 inside another TIMEX3")]
    [InlineData("<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"XXXX\" functionInDocument=\"CREATION_TIME\"/></DCT><TEXT>نص</TEXT></TimeML>", "the creation time 'XXXX' is not a date")]
    public void A_malformed_document_is_an_error_naming_the_file_not_an_exception(string content, string reason)
    {
        var (document, error) = TimexCorpus.Read("bad.tml", content);
        Assert.Null(document);
        Assert.NotNull(error);
        Assert.StartsWith("bad.tml: ", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_xml_errors_carry_the_line()
    {
        var error = TimexCorpus.Read("bad.tml", "<TimeML>\n<TEXT>\nأمس <TIMEX3 type=\"DATE\" value=\"2020\">\n</TEXT></TimeML>").Error!;
        Assert.Contains("Line 4", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_read_in_the_encoding_its_declaration_names()
    {
        using var folder = new TempFolder();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?>\n<TimeML><TEXT>وقع الاتفاق <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1992\">عام 1992</TIMEX3>.</TEXT></TimeML>";
        var path = folder.File("cp1256.tml", Encoding.GetEncoding(1256).GetBytes(xml));

        var document = TimexCorpus.ReadFile(path).Document!;

        Assert.Equal("وقع الاتفاق عام 1992.", document.Text);
        Assert.Equal("عام 1992", document.Timexes.Single().Text);
    }

    [Fact]
    public void An_unreadable_file_is_an_error()
    {
        var error = TimexCorpus.ReadFile(Path.Combine(Path.GetTempPath(), "marsad-no-such-dir", "x.tml")).Error;
        Assert.NotNull(error);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }
}
