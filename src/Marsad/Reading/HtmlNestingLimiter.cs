using System.Collections.Frozen;
using System.Text;

namespace Marsad.Reading;

/// <summary>
/// Caps how deep an HTML page nests before the page reaches AngleSharp. The HTML tree builder checks
/// the stack of open elements on every block start tag ("is a p in button scope?") and the list of
/// open formatting elements on every formatting tag and every piece of text, so a page of 100,000
/// nested &lt;div&gt; or &lt;li&gt; costs time in the square of its depth (measured: 10,000 deep took
/// 2 s, 100,000 deep about 160 s). Browsers cap the depth of the tree they build (Blink at 512), and
/// AngleSharp's own <c>MaximumDepth</c> (512) leaves deeper elements out of the tree but still pays the
/// checks for them. This caps the depth in one linear pass over the source, below AngleSharp's cap so
/// that the paragraph breaks put in for dropped tags are kept:
/// <list type="bullet">
/// <item>a start tag that would open an element deeper than <see cref="MaxDepth"/>, or a formatting
/// element (b, i, a, font…) beyond <see cref="MaxFormatting"/> left open, is dropped, with its end
/// tag; a dropped block tag leaves two &lt;br&gt; (a paragraph break, as the paragraph writer reads
/// them; one for a run of dropped tags with nothing between them), a dropped inline tag nothing, so
/// the text inside is kept and words stay whole;</item>
/// <item>the depth is tracked as the tree builder would roughly see it: void elements and
/// self-closed tags open nothing; an end tag closes up to its open element; a &lt;p&gt;, &lt;li&gt;,
/// &lt;dt&gt;/&lt;dd&gt;, &lt;option&gt;, &lt;tr&gt; or &lt;td&gt;/&lt;th&gt; closes an open one
/// of its kind on top, and any block start tag closes a &lt;p&gt; on top; formatting elements stay
/// open until their own end tag, as the tree builder reopens them after an implied close;</item>
/// <item>comments, doctypes and processing instructions are skipped whole, and so is the raw text of
/// script, style, textarea, title and the like, so no "&lt;" inside them is taken for a tag.</item>
/// </list>
/// A page that never goes deeper than the caps is returned as it is (the same string).
/// </summary>
internal static class HtmlNestingLimiter
{
    /// <summary>The deepest element kept: half AngleSharp's cap; real news pages stay far below it (a few dozen).</summary>
    public const int MaxDepth = 256;

    /// <summary>Formatting elements left open at once; real pages leave a handful.</summary>
    public const int MaxFormatting = 64;

    private static readonly FrozenSet<string> Void = FrozenSet.Create(
        StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    private static readonly FrozenSet<string> Formatting = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript");

    /// <summary>Elements a start tag of the same group closes when one is on top (&lt;li&gt;a&lt;li&gt;b).</summary>
    private static readonly FrozenDictionary<string, string> SiblingGroup = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["p"] = "p", ["li"] = "li", ["dt"] = "dd", ["dd"] = "dd", ["option"] = "option", ["optgroup"] = "optgroup",
        ["tr"] = "tr", ["td"] = "td", ["th"] = "td", ["rb"] = "rb", ["rt"] = "rb", ["rp"] = "rb",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><paramref name="html"/> with the tags beyond the caps dropped, or itself if none is.</summary>
    public static string Limit(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var state = new Scan(html);
        state.Run();
        return state.Output?.Append(html, state.Copied, html.Length - state.Copied).ToString() ?? html;
    }

    /// <summary>One pass over one page.</summary>
    private sealed class Scan(string html)
    {
        private readonly List<string> _open = [];
        private readonly Dictionary<string, int> _openCount = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _formattingOpen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
        private int _formatting;
        private int _breakAt = -1;

        /// <summary>The rewritten page so far, created at the first dropped tag.</summary>
        public StringBuilder? Output { get; private set; }

        /// <summary>How much of the source has been copied to <see cref="Output"/>.</summary>
        public int Copied { get; private set; }

        public void Run()
        {
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= html.Length)
                {
                    return;
                }

                i = Tag(lt);
            }
        }

        /// <summary>Reads the markup starting at <paramref name="lt"/>; returns where reading goes on.</summary>
        private int Tag(int lt)
        {
            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                var close = html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal)
                    ? IndexAfter(lt + 4, "-->")
                    : IndexAfter(lt + 1, ">");
                return close;
            }

            var end = next == '/';
            var nameStart = end ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                return lt + 1;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var (after, selfClosing) = TagEnd(nameEnd);
            if (end)
            {
                EndTag(name, lt, after);
                return after;
            }

            StartTag(name, selfClosing, lt, after);
            return RawText.Contains(name) ? SkipRawText(name, after) : after;
        }

        private void StartTag(string name, bool selfClosing, int lt, int after)
        {
            if (Void.Contains(name) || selfClosing)
            {
                return;
            }

            if (Formatting.Contains(name))
            {
                if (string.Equals(name, "a", StringComparison.Ordinal) && _formattingOpen.GetValueOrDefault("a") > 0)
                {
                    // A new link closes the open one (the adoption agency's first step).
                    CloseFormatting("a");
                }

                if (_formatting >= MaxFormatting || Depth >= MaxDepth)
                {
                    Drop(name, lt, after);
                    return;
                }

                _formatting++;
                _formattingOpen[name] = _formattingOpen.GetValueOrDefault(name) + 1;
                return;
            }

            // At the cap every start tag goes, even one that would only close its sibling (<ul><li><ul><li>…
            // would otherwise keep each <li> and leave a break per dropped <ul>).
            if (Depth >= MaxDepth)
            {
                Drop(name, lt, after);
                return;
            }

            if (_open.Count > 0)
            {
                var top = _open[^1];
                if ((SiblingGroup.TryGetValue(name, out var group) && SiblingGroup.TryGetValue(top, out var topGroup)
                        && string.Equals(group, topGroup, StringComparison.Ordinal))
                    || (string.Equals(top, "p", StringComparison.Ordinal) && HtmlTags.Blocks.Contains(name)))
                {
                    Pop();
                }
            }

            _open.Add(name);
            _openCount[name] = _openCount.GetValueOrDefault(name) + 1;
        }

        private void EndTag(string name, int lt, int after)
        {
            // The innermost elements were the ones dropped, and a nested page closes them first.
            if (_dropped.GetValueOrDefault(name) > 0)
            {
                _dropped[name]--;
                Replace(name, lt, after);
                return;
            }

            if (Formatting.Contains(name))
            {
                CloseFormatting(name);
                return;
            }

            if (_openCount.GetValueOrDefault(name) == 0)
            {
                return;
            }

            // Each element is popped once in the whole pass, so closing through the stack stays linear.
            while (!string.Equals(Pop(), name, StringComparison.Ordinal))
            {
            }
        }

        private int Depth => _open.Count + _formatting;

        private string Pop()
        {
            var top = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            _openCount[top]--;
            return top;
        }

        private void CloseFormatting(string name)
        {
            if (_formattingOpen.GetValueOrDefault(name) > 0)
            {
                _formattingOpen[name]--;
                _formatting--;
            }
        }

        private void Drop(string name, int lt, int after)
        {
            _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
            Replace(name, lt, after);
        }

        /// <summary>Replaces the tag at [lt, after) by a paragraph break (block) or nothing (inline).</summary>
        private void Replace(string name, int lt, int after)
        {
            Output ??= new StringBuilder(html.Length);
            var adjacent = lt == Copied && _breakAt == Output.Length;
            Output.Append(html, Copied, lt - Copied);
            if (HtmlTags.Blocks.Contains(name) && !adjacent)
            {
                // One break for a run of dropped tags with nothing between them: a page of 100,000 dropped
                // <div> leaves one paragraph break, not 400,000 <br> elements.
                Output.Append("<br><br>");
                _breakAt = Output.Length;
            }

            Copied = after;
        }

        /// <summary>Where the tag whose name ends at <paramref name="i"/> ends, skipping quoted attribute values.</summary>
        private (int After, bool SelfClosing) TagEnd(int i)
        {
            char? quote = null;
            for (; i < html.Length; i++)
            {
                var c = html[i];
                if (quote is { } q)
                {
                    if (c == q)
                    {
                        quote = null;
                    }
                }
                else if (c == '>')
                {
                    return (i + 1, html[i - 1] == '/');
                }
                else if ((c == '"' || c == '\'') && PrecededByEquals(i))
                {
                    quote = c;
                }
            }

            return (html.Length, false);
        }

        private bool PrecededByEquals(int i)
        {
            var j = i - 1;
            while (j > 0 && char.IsWhiteSpace(html[j]))
            {
                j--;
            }

            return html[j] == '=';
        }

        private int SkipRawText(string name, int i)
        {
            var closing = "</" + name;
            var at = html.IndexOf(closing, i, StringComparison.OrdinalIgnoreCase);
            return at < 0 ? html.Length : at;
        }

        private int IndexAfter(int from, string marker)
        {
            var at = html.IndexOf(marker, from, StringComparison.Ordinal);
            return at < 0 ? html.Length : at + marker.Length;
        }

        private static bool IsNameEnd(char c) => c is '>' or '/' || char.IsWhiteSpace(c);
    }
}
