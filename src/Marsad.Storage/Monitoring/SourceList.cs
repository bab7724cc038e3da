using System.Xml;
using System.Xml.Linq;
using Marsad.Storage.Ingest;

namespace Marsad.Storage.Monitoring;

/// <summary>A sources file that cannot be used: missing, malformed, or naming something that is not an http(s) URL.</summary>
public sealed class SourceListException(string message) : Exception(message);

/// <summary>
/// Reads the sources <c>marsad watch</c> polls: a text file (one feed or page URL a line; blank lines and
/// lines starting with <c>#</c> are skipped) or an OPML file (every <c>outline</c>'s <c>xmlUrl</c>, at any
/// depth, as feed readers export them). Each URL once, in file order.
/// </summary>
public static class SourceList
{
    public static IReadOnlyList<string> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new SourceListException($"{path}: no such sources file");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceListException($"{path}: cannot read: {e.Message}");
        }

        var urls = LooksLikeOpml(text) ? Opml(path, text) : Lines(path, text);
        if (urls.Count == 0)
        {
            throw new SourceListException($"{path}: names no source (one http(s) URL a line, or an OPML file)");
        }

        return urls;
    }

    private static bool LooksLikeOpml(string text) =>
        text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('<');

    private static List<string> Lines(string path, string text)
    {
        var urls = new List<string>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!IngestInputs.IsUrl(line))
            {
                throw new SourceListException($"{path}:{number}: not an http(s) URL: '{line}'");
            }

            urls.Add(line);
        }

        return [.. urls.Distinct(StringComparer.Ordinal)];
    }

    private static List<string> Opml(string path, string text)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new SourceListException($"{path}: not a well-formed OPML file: {e.Message}");
        }

        if (document.Root?.Name.LocalName != "opml")
        {
            throw new SourceListException($"{path}: an XML file that is not OPML (its root is <{document.Root?.Name.LocalName}>)");
        }

        var urls = new List<string>();
        foreach (var outline in document.Descendants().Where(static e => e.Name.LocalName == "outline"))
        {
            if (outline.Attribute("xmlUrl")?.Value.Trim() is not { Length: > 0 } url)
            {
                continue;
            }

            if (!IngestInputs.IsUrl(url))
            {
                var line = ((IXmlLineInfo)outline).LineNumber;
                throw new SourceListException($"{path}:{line}: xmlUrl is not an http(s) URL: '{url}'");
            }

            urls.Add(url);
        }

        return [.. urls.Distinct(StringComparer.Ordinal)];
    }
}
