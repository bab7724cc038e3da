using System.Diagnostics;
using Microsoft.Playwright;

namespace Marsad.Web.Tests.Support;

/// <summary>
/// A real headless Chromium (Debian's package at /usr/bin/chromium) driven by Playwright, with a running
/// Marsad server, shared by the browser test classes. When chromium is absent, scripts/install-chromium.sh
/// installs it; when that is impossible the tests fail with the script's message, they never skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public TestServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        EnsureChromium();
        await Server.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,

            // CI runs as root, where Chromium's sandbox cannot start; the pages are our own, on loopback.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>
    /// A page of its own context, <paramref name="width"/> CSS pixels wide (a desktop unless told), failing the
    /// test on any script error the page reports; on the shared server unless a test brings its own.
    /// </summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> NewPage(int width = 1280, TestServer? server = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (server ?? Server).BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "ar",
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            errors.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };
        return (context, page, errors);
    }

    /// <summary>
    /// Where a screenshot goes: a scratch folder, so a test run leaves the tree clean; to refresh the ones
    /// docs/WEB.md shows, run with MARSAD_SCREENSHOTS=docs/screenshots (relative to the repository).
    /// </summary>
    public static string Screenshot(string name)
    {
        var asked = Environment.GetEnvironmentVariable("MARSAD_SCREENSHOTS");
        var folder = string.IsNullOrEmpty(asked)
            ? Path.Combine(Path.GetTempPath(), "marsad-screenshots")
            : Path.Combine(RepositoryRoot(), asked);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository (Marsad.slnx) above " + AppContext.BaseDirectory);
    }

    private static void EnsureChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var script = Path.Combine(RepositoryRoot(), "scripts", "install-chromium.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("cannot start bash to run " + script);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{script} did not finish within 15 minutes");
        }

        if (process.ExitCode != 0 || !File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"the browser tests need Debian's chromium at {ChromiumPath}; {script} could not install it (exit {process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
