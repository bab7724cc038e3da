using Marsad.Storage.Ingest;

namespace Marsad.Cli;

/// <summary>
/// Expands the inputs named on the command line into what is read, in order: a file as itself,
/// <c>-</c> as standard input, a directory as its files (recursively, in ordinal path order, hidden
/// entries skipped). What cannot be found becomes an error entry so the other inputs still run.
/// </summary>
internal static class InputSource
{
    /// <summary>A larger input is refused rather than risking the machine's memory.</summary>
    public const long MaxInputBytes = IngestInputs.MaxInputBytes;

    public const string StandardInput = "-";

    public static IEnumerable<(string Name, string? Error)> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == StandardInput || File.Exists(input))
            {
                yield return (input, null);
            }
            else if (Directory.Exists(input))
            {
                var files = FilesOf(input);
                if (files.Count == 0)
                {
                    yield return (input, "directory holds no files to analyse");
                }

                foreach (var file in files)
                {
                    yield return (file, null);
                }
            }
            else
            {
                yield return (input, "no such file or directory");
            }
        }
    }

    /// <summary>Reads a file or standard input whole; returns an error message instead of throwing.</summary>
    public static (byte[]? Bytes, string? Error) ReadAll(string name, Stream stdin)
    {
        try
        {
            if (name == StandardInput)
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = stdin.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + read > MaxInputBytes)
                    {
                        return (null, TooLarge());
                    }

                    buffer.Write(chunk, 0, read);
                }

                return (buffer.ToArray(), null);
            }

            var length = new FileInfo(name).Length;
            return length > MaxInputBytes ? (null, TooLarge()) : (File.ReadAllBytes(name), null);
        }
        catch (UnauthorizedAccessException)
        {
            return (null, "permission denied");
        }
        catch (IOException e)
        {
            return (null, $"cannot read: {e.Message}");
        }
    }

    /// <summary>Whether an input is a JSON-lines file by its name, to be streamed line by line.</summary>
    public static bool IsJsonLinesFile(string name) =>
        name != StandardInput
        && (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase));

    /// <summary>Opens a file for streaming; returns an error message instead of throwing.</summary>
    public static (Stream? Stream, string? Error) Open(string name)
    {
        try
        {
            return (new FileStream(name, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), null);
        }
        catch (UnauthorizedAccessException)
        {
            return (null, "permission denied");
        }
        catch (IOException e)
        {
            return (null, $"cannot read: {e.Message}");
        }
    }

    private static string TooLarge() => IngestInputs.TooLarge();

    private static List<string> FilesOf(string directory) => IngestInputs.FilesOf(directory);
}
