using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace Marsad.Web.Tests.Support;

/// <summary>
/// The real <c>marsad serve</c> as a child process on a free loopback port. Its output is read all the time
/// (a full pipe would stall the server) and kept, so a failing test can show it.
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private const string Listening = "marsad serve: listening on ";

    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _output = new();
    private readonly Task _reading;

    private ServeProcess(Process process)
    {
        _process = process;
        _reading = Task.WhenAll(Pump(process.StandardOutput), Pump(process.StandardError));
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Everything the server printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<ServeProcess> StartAsync(string database, string key, params string[] options)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "serve", "--db", database, "--urls", "http://127.0.0.1:0", .. options])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MARSAD_API_KEY"] = key;
        var serve = new ServeProcess(Process.Start(start)!);
        try
        {
            using var waiting = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await foreach (var line in serve._lines.Reader.ReadAllAsync(waiting.Token))
            {
                if (line.StartsWith(Listening, StringComparison.Ordinal))
                {
                    serve.Address = new Uri(line[Listening.Length..].Split(' ')[0]);
                    return serve;
                }
            }

            throw new InvalidOperationException("marsad serve stopped before listening: " + serve.Output);
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _reading;
        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private async Task Pump(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }

            _lines.Writer.TryWrite(line);
        }

        _lines.Writer.TryComplete();
    }
}
