using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Marsad.Model;
using Marsad.Recognition.Times;

namespace Marsad.Evaluation;

/// <summary>A gold TIMEX3 of a TimeML document: its span (UTF-16 code units into the plain text), type and value.</summary>
public sealed record GoldTimex(TextSpan Span, string Text, TimexType Type, string Value, string? Tid, int Line);

/// <summary>
/// A TimeML document read for evaluation: the plain text of its <c>TEXT</c> element, or of the whole document when it
/// has none (tags removed, entities decoded), its creation time when a DCT gives one, and its gold time expressions in
/// order.
/// </summary>
public sealed record TimeMLDocument(string Source, string Text, DateOnly? Created, ImmutableArray<GoldTimex> Timexes);

/// <summary>A TimeML file read: the document, or why it could not be read (with the file and, when known, the line).</summary>
public sealed record TimeMLReadResult(TimeMLDocument? Document, string? Error);

/// <summary>
/// Reads TimeML files with inline TIMEX3 tags as corpora publish them: the TempEval-3 layout (a <c>DCT</c>, then
/// <c>TEXT</c>), or a root element holding the text itself (HeidelTime's output, many Arabic sets), in which case the
/// text is everything but the document's metadata (<c>DOCID</c>, <c>DCT</c>, the creation-time TIMEX3). Other tags
/// (EVENT, SIGNAL…) keep their text and lose their markup; a byte order mark is read as one. Nothing here throws at
/// the caller: bad XML, a TIMEX3 without a known type or a value, nested TIMEX3s or a document without text come back
/// as an error.
/// </summary>
public static class TimexCorpus
{
    /// <summary>The TIMEX3 types TimeML defines.</summary>
    public static ImmutableArray<TimexType> Types { get; } = TimexTypes.All;

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

        // A file read into a string may keep its UTF-8 byte order mark as U+FEFF, which XML does not allow before the declaration.
        return Read(source, XmlReader.Create(new StringReader(content.TrimStart('\uFEFF')), Settings));
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

    /// <summary>
    /// One pass over the XML, collecting two texts with where each TIMEX3 starts and ends in them: the text of TEXT,
    /// and the text of the whole document without its metadata, used when there is no TEXT.
    /// </summary>
    private sealed class TimeMLWalker(string source, XmlReader xml)
    {
        // Elements that describe the document rather than tell it; their text is not the document's.
        private static readonly string[] Metadata = ["DOCID", "DOCNO", "DCT", "EXTRAINFO"];

        private readonly Channel _text = new();
        private readonly Channel _whole = new();
        private DateOnly? _created;
        private bool _inText;
        private bool _sawText;
        private int _metadataDepth;
        private OpenTimex? _open;

        // Whether the metadata depth counts an open creation-time TIMEX3, closed by the next </TIMEX3>.
        private bool _creationOpen;

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

            var chosen = _sawText ? _text : _whole;
            if (!_sawText && string.IsNullOrWhiteSpace(chosen.Text.ToString()))
            {
                return (null, "no text: neither a <TEXT> element nor text outside the metadata");
            }

            return (new TimeMLDocument(source, chosen.Text.ToString(), _created, chosen.Timexes.ToImmutable()), null);
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

            if (Array.IndexOf(Metadata, xml.Name) >= 0)
            {
                _metadataDepth += xml.IsEmptyElement ? 0 : 1;
                return null;
            }

            if (xml.Name != "TIMEX3")
            {
                return null;
            }

            var value = xml.GetAttribute("value");
            if (!TimexTypes.TryParse(xml.GetAttribute("type"), out var type))
            {
                return $"TIMEX3 {xml.GetAttribute("tid")} has type '{xml.GetAttribute("type")}'; TimeML types are DATE, TIME, DURATION and SET";
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                return $"TIMEX3 {xml.GetAttribute("tid")} has no value";
            }

            var creation = xml.GetAttribute("functionInDocument") == "CREATION_TIME";
            if (creation)
            {
                // The DCT's value may carry a time of day; its date is what relative expressions resolve against.
                var date = value.Length >= 10 ? value[..10] : value;
                if (!Timex.TryIsoDay(date, out var created))
                {
                    return $"the creation time '{value}' is not a date (YYYY-MM-DD)";
                }

                _created = created;
            }

            if (_metadataDepth > 0)
            {
                return null;
            }

            if (creation && !_inText)
            {
                // The creation time is metadata even outside a DCT element: its text is not the document's.
                if (!xml.IsEmptyElement)
                {
                    (_metadataDepth, _creationOpen) = (1, true);
                }

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

            _open = new OpenTimex(_inText ? _text.Text.Length : -1, _whole.Text.Length, type, value, xml.GetAttribute("tid"), Line);
            return null;
        }

        private string? End()
        {
            if (xml.Name == "TEXT")
            {
                _inText = false;
            }
            else if (Array.IndexOf(Metadata, xml.Name) >= 0)
            {
                _metadataDepth--;
            }
            else if (xml.Name == "TIMEX3" && _creationOpen)
            {
                (_creationOpen, _metadataDepth) = (false, _metadataDepth - 1);
            }
            else if (xml.Name == "TIMEX3" && _open is { } open)
            {
                if (_whole.Text.Length == open.WholeStart)
                {
                    return $"TIMEX3 {open.Tid} is empty";
                }

                _whole.Add(open.WholeStart, open);
                if (open.TextStart >= 0)
                {
                    _text.Add(open.TextStart, open);
                }

                _open = null;
            }

            return null;
        }

        private string? Characters()
        {
            if (_metadataDepth > 0)
            {
                return null;
            }

            _whole.Text.Append(xml.Value);
            if (_inText)
            {
                _text.Text.Append(xml.Value);
            }

            return null;
        }

        private sealed record OpenTimex(int TextStart, int WholeStart, TimexType Type, string Value, string? Tid, int Line);

        /// <summary>One of the two texts and the gold expressions spanned in it.</summary>
        private sealed class Channel
        {
            public StringBuilder Text { get; } = new();

            public ImmutableArray<GoldTimex>.Builder Timexes { get; } = ImmutableArray.CreateBuilder<GoldTimex>();

            public void Add(int start, OpenTimex open)
            {
                var span = new TextSpan(start, Text.Length);
                Timexes.Add(new GoldTimex(span, Text.ToString(start, span.Length), open.Type, open.Value, open.Tid, open.Line));
            }
        }
    }
}
