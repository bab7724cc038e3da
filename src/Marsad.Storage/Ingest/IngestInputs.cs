namespace Marsad.Storage.Ingest;

/// <summary>One thing to read: a file or a URL, or what could not be found.</summary>
public sealed record IngestInput(string Name, bool IsUrl, string? Error = null);

/// <summary>
/// Expands the inputs of <c>marsad ingest</c>: a file as itself, a folder as its files (recursively, in
/// ordinal path order, hidden entries skipped), an http(s) URL as itself, <c>-</c> as standard input.
/// </summary>
public static class IngestInputs
{
    /// <summary>A larger input is refused rather than risking the machine's memory.</summary>
    public const long MaxInputBytes = 256L * 1024 * 1024;

    public const string StandardInput = "-";

    public static IEnumerable<IngestInput> Expand(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            if (input == StandardInput)
            {
                yield return new IngestInput(input, IsUrl: false);
            }
            else if (IsUrl(input))
            {
                yield return new IngestInput(input, IsUrl: true);
            }
            else if (File.Exists(input))
            {
                yield return new IngestInput(input, IsUrl: false);
            }
            else if (Directory.Exists(input))
            {
                var files = FilesOf(input);
                if (files.Count == 0)
                {
                    yield return new IngestInput(input, false, "directory holds no files");
                }

                foreach (var file in files)
                {
                    yield return new IngestInput(file, IsUrl: false);
                }
            }
            else
            {
                yield return new IngestInput(input, false, "no such file or directory");
            }
        }
    }

    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static (byte[]? Bytes, string? Error) ReadFile(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            return length > MaxInputBytes ? (null, TooLarge()) : (File.ReadAllBytes(path), null);
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

    /// <summary>Reads a stream whole (standard input), refusing more than <see cref="MaxInputBytes"/>.</summary>
    public static (byte[]? Bytes, string? Error) ReadStream(Stream? stream)
    {
        if (stream is null)
        {
            return (null, "standard input is not available");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxInputBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    public static (byte[]? Bytes, string? Error) Fetch(HttpClient? http, string url)
    {
        if (http is null)
        {
            return (null, "fetching URLs is not enabled");
        }

        try
        {
            using var response = http.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength > MaxInputBytes)
            {
                return (null, TooLarge());
            }

            return (response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult(), null);
        }
        catch (HttpRequestException e)
        {
            return (null, $"cannot fetch: {e.Message}");
        }
        catch (TaskCanceledException)
        {
            return (null, "cannot fetch: timed out");
        }
    }

    /// <summary>Why an input over <see cref="MaxInputBytes"/> is refused.</summary>
    public static string TooLarge() => $"larger than {MaxInputBytes / (1024 * 1024)} MiB; split it into articles first";

    /// <summary>
    /// The files under a folder, recursively, in ordinal path order; hidden and system entries and
    /// anything under a dot-folder are skipped (the same for <c>marsad analyze</c> and <c>marsad ingest</c>).
    /// </summary>
    public static List<string> FilesOf(string directory)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        var files = Directory.EnumerateFiles(directory, "*", options)
            .Where(f => !Path.GetRelativePath(directory, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
