using System.Text;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Cli;

/// <summary>
/// Feeds that attack the XML parser: an entity expansion ("billion laughs") and external entities that
/// would read a local file. Both are refused with a reason, quickly, and store nothing of what they ask for.
/// </summary>
public sealed class HostileFeedTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Db => _folder.File("marsad.db");

    [Fact]
    public void An_entity_expansion_bomb_is_refused_and_nothing_is_stored()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        var feed = _folder.File("bomb.xml");
        File.WriteAllText(feed, $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [{entities}]>
            <rss version="2.0"><channel><title>أخبار</title>
            <item><title>&lol9;</title><description>استضافت الدوحة قمة عربية طارئة.</description></item>
            </channel></rss>
            """, Encoding.UTF8);

        var run = CliRun.Of("ingest", feed, "--db", Db).AssertExit(3);

        Assert.Contains("bomb.xml", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains("documents                   0", CliRun.Of("stats", "--db", Db).AssertExit(0).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_never_reads_the_local_file_it_names()
    {
        var secret = _folder.File("secret.txt");
        File.WriteAllText(secret, "كلمة السر المخفية", Encoding.UTF8);
        var feed = _folder.File("xxe.xml");
        File.WriteAllText(feed, $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><title>أخبار</title>
            <item><title>خبر</title><description>استضافت الدوحة قمة عربية طارئة. &xxe;</description></item>
            </channel></rss>
            """, Encoding.UTF8);

        var run = CliRun.Of("ingest", feed, "--db", Db).AssertExit(3);

        Assert.DoesNotContain("كلمة السر", run.Stdout + run.Stderr, StringComparison.Ordinal);
        var found = CliRun.Of("search", "كلمة السر المخفية", "--db", Db, "--format", "json").AssertExit(0);
        Assert.Empty(found.Stdout.Trim());
    }
}
