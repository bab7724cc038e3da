using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Marsad.Model;

namespace Marsad.Evaluation;

/// <summary>A gold TIMEX3 of a TimeML document: its span (UTF-16 code units into the plain text), type and value.</summary>
public sealed record GoldTimex(TextSpan Span, string Text, string Type, string Value, string? Tid, int Line);

/// <summary>
/// A TimeML document read for evaluation: the plain text of its <c>TEXT</c> element (tags removed, entities
/// decoded), its creation time when a DCT gives one, and its gold time expressions in order.
/// </summary>
public sealed record TimeMLDocument(string Source, string Text, DateOnly? Created, ImmutableArray<GoldTimex> Timexes);

/// <summary>A TimeML file read: the document, or why it could not be read (with the file and, when known, the line).</summary>
public sealed record TimeMLReadResult(TimeMLDocument? Document, string? Error);

/// <summary>
/// Reads TimeML files with inline TIMEX3 tags (the TempEval-3 layout). Other tags inside <c>TEXT</c>
/// (EVENT, SIGNAL…) keep their text and lose their markup. Nothing here throws at the caller: bad XML, a
/// TIMEX3 without a known type or a value, nested TIMEX3s or a missing <c>TEXT</c> come back as an error.
/// </summary>
public static class TimexCorpus
{
    /// <summary>The TIMEX3 types TimeML defines.</summary>
    public static ImmutableArray<string> Types { get; } = ["DATE", "TIME", "DURATION", "SET"];

    /// <summary>
    /// Reads one TimeML file, in the encoding its XML declaration or byte order mark names (UTF-8 when
    /// neither does; Windows-1256 and ISO-8859-6 are understood, as Arabic corpora still use them).
    /// </summary>
    public static TimeMLReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            using var stream = File.OpenRead(path);
            return Read(path, XmlReader.Create(stream, Settings));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new TimeMLReadResult(null, $"{path}: cannot read: {e.Message}");
        }
    }

    /// <summary>Reads one TimeML document from <paramref name="content"/>; <paramref name="source"/> names it in errors.</summary>
    public static TimeMLReadResult Read(string source, string content)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        return Read(source, XmlReader.Create(new StringReader(content), Settings));
    }

    private static TimeMLReadResult Read(string source, XmlReader reader)
    {
        using var xml = reader;
        try
        {
            var (document, error) = new TimeMLWalker(source, xml).Walk();
            return new TimeMLReadResult(document, error is null ? null : $"{source}: {error}");
        }
        catch (XmlException e)
        {
            // XmlException's message already ends with "Line n, position m."
            return new TimeMLReadResult(null, $"{source}: not well-formed XML: {e.Message}");
        }
    }

    // No DTDs and no resolver: a corpus file must not make the reader fetch anything.
    private static XmlReaderSettings Settings => new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };

    /// <summary>One pass over the XML, collecting the text of TEXT and where each TIMEX3 starts and ends in it.</summary>
    private sealed class TimeMLWalker(string source, XmlReader xml)
    {
        private readonly StringBuilder _text = new();
        private readonly ImmutableArray<GoldTimex>.Builder _timexes = ImmutableArray.CreateBuilder<GoldTimex>();
        private DateOnly? _created;
        private bool _inText;
        private bool _sawText;
        private OpenTimex? _open;

        private int Line => xml is IXmlLineInfo info ? info.LineNumber : 0;

        public (TimeMLDocument? Document, string? Error) Walk()
        {
            while (xml.Read())
            {
                var error = xml.NodeType switch
                {
                    XmlNodeType.Element => Start(),
                    XmlNodeType.EndElement => End(),
                    XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace => Characters(),
                    _ => null,
                };
                if (error is not null)
                {
                    return (null, string.Create(CultureInfo.InvariantCulture, $"line {Line}: {error}"));
                }
            }

            return _sawText
                ? (new TimeMLDocument(source, _text.ToString(), _created, _timexes.ToImmutable()), null)
                : (null, "no <TEXT> element");
        }

        private string? Start()
        {
            if (xml.Name == "TEXT")
            {
                if (_sawText)
                {
                    return "a second <TEXT> element";
                }

                (_inText, _sawText) = (!xml.IsEmptyElement, true);
                return null;
            }

            if (xml.Name != "TIMEX3")
            {
                return null;
            }

            var type = xml.GetAttribute("type");
            var value = xml.GetAttribute("value");
            if (type is null || !Types.Contains(type))
            {
                return $"TIMEX3 {xml.GetAttribute("tid")} has type '{type}'; TimeML types are DATE, TIME, DURATION and SET";
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                return $"TIMEX3 {xml.GetAttribute("tid")} has no value";
            }

            if (xml.GetAttribute("functionInDocument") == "CREATION_TIME")
            {
                // The DCT's value may carry a time of day; its date is what relative expressions resolve against.
                var date = value.Length >= 10 ? value[..10] : value;
                if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var created))
                {
                    return $"the creation time '{value}' is not a date (YYYY-MM-DD)";
                }

                _created = created;
            }

            if (!_inText)
            {
                return null;
            }

            if (_open is not null)
            {
                return "a TIMEX3 inside another TIMEX3";
            }

            if (xml.IsEmptyElement)
            {
                // A non-consuming TIMEX3 (an implicit anchor or duration) has no span to recognise.
                return null;
            }

            _open = new OpenTimex(_text.Length, type, value, xml.GetAttribute("tid"), Line);
            return null;
        }

        private string? End()
        {
            if (xml.Name == "TEXT")
            {
                _inText = false;
            }
            else if (xml.Name == "TIMEX3" && _open is { } open)
            {
                if (_text.Length == open.Start)
                {
                    return $"TIMEX3 {open.Tid} is empty";
                }

                var span = new TextSpan(open.Start, _text.Length);
                _timexes.Add(new GoldTimex(span, _text.ToString(open.Start, span.Length), open.Type, open.Value, open.Tid, open.Line));
                _open = null;
            }

            return null;
        }

        private string? Characters()
        {
            if (_inText)
            {
                _text.Append(xml.Value);
            }

            return null;
        }

        private sealed record OpenTimex(int Start, string Type, string Value, string? Tid, int Line);
    }
}
