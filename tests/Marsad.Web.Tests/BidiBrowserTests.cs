using System.Text.Json;
using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>
/// Right-to-left pages keep mixed text in order: in a real Chromium, every piece of text with Latin letters
/// (English glosses, ids, codes, names) is laid out in a left-to-right context of its own, isolated from the
/// Arabic around it (bdi, dir, or the stylesheet's isolation), so "6 documents" never reads "documents 6".
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class BidiBrowserTests(BrowserFixture browser)
{
    // For each text node with a Latin letter: the nearest element must lay it out left to right and isolate
    // it (unicode-bidi isolate, isolate-override or plaintext; <bdi> and dir= give that). Hidden text and
    // the page's title are not laid out, scripts and styles are not text.
    private const string Unisolated = """
        () => {
          const bad = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent.trim();
            if (!/[A-Za-z]/.test(text)) continue;
            const parent = node.parentElement;
            if (!parent || parent.closest('script,style,svg,textarea,option') || parent.offsetParent === null && getComputedStyle(parent).position !== 'fixed') continue;
            let isolated = false;
            for (let e = parent; e && e !== document.body; e = e.parentElement) {
              const style = getComputedStyle(e);
              if (style.direction === 'ltr' && /isolate|plaintext/.test(style.unicodeBidi)) { isolated = true; break; }
              if (e.tagName === 'BDI' || e.getAttribute('dir') === 'auto') { isolated = true; break; }
              if (/^(P|LI|TD|TH|H1|H2|H3|DT|DD|LABEL|BUTTON|A|FIGCAPTION|CAPTION|SUMMARY)$/.test(e.tagName) && style.direction === 'rtl') break;
            }
            if (!isolated) bad.push(parent.tagName.toLowerCase() + ': ' + text.slice(0, 60));
          }
          return bad;
        }
        """;

    public static TheoryData<string> Pages() => PageTour.Paths();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_latin_piece_of_an_arabic_page_is_isolated_left_to_right(string path)
    {
        await browser.Server.IngestSeed();
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;

        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        var bad = await page.EvaluateAsync<string[]>(Unisolated);
        Assert.True(bad.Length == 0, path + " has text not isolated from the Arabic around it:\n" + string.Join('\n', bad));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_seed_article_page_isolates_every_latin_piece()
    {
        var id = await browser.Server.IngestSeed();
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;

        await page.GotoAsync("/documents/" + id);
        var bad = await page.EvaluateAsync<string[]>(Unisolated);
        Assert.True(bad.Length == 0, "the article page has text not isolated from the Arabic around it:\n" + string.Join('\n', bad));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_store_count_reads_number_then_noun_in_its_english_gloss()
    {
        await browser.Server.IngestSeed();
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;

        await page.GotoAsync("/");
        // Where the first digit and the word "documents" of the gloss are drawn: left to right, the digit first.
        var xs = await page.EvaluateAsync<JsonElement>("""
            () => {
              const gloss = [...document.querySelectorAll('p.note .en, p.note bdi')].find(e => /documents/.test(e.textContent));
              if (!gloss) return null;
              const text = document.createTreeWalker(gloss, NodeFilter.SHOW_TEXT).nextNode();
              const at = (i) => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1); return r.getBoundingClientRect().left; };
              const digit = text.textContent.search(/[0-9]/);
              return [at(digit), at(text.textContent.indexOf('documents'))];
            }
            """);
        Assert.Equal(JsonValueKind.Array, xs.ValueKind);
        Assert.True(xs[0].GetDouble() < xs[1].GetDouble(), $"the count is drawn after the noun: {xs}");
        Assert.Empty(errors);
    }
}
