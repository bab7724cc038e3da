using System.Runtime.InteropServices;
using Marsad.Storage.Ingest;

namespace Marsad.Storage.Tests.Support;

/// <summary>
/// One article of a corpus folder held back: its file is replaced by a named pipe, so a <c>marsad</c> child
/// reading the folder in path order stops there, inside its run, until the test lets the article through.
/// The test, not the scheduler, decides how far the child gets before the test acts on it: however fast the
/// child and however slow the test, nothing from the held article on is stored while it is held.
/// Disposing puts the file back as it was. Linux only, as the project's scripts are.
/// </summary>
internal sealed class HeldArticle : IDisposable
{
    private readonly byte[] _content;
    private Task? _release;

    private HeldArticle(string path, byte[] content)
    {
        Path = path;
        _content = content;
    }

    public string Path { get; }

    /// <summary>Holds the article at <paramref name="index"/> in the order marsad reads the folder (ordinal path order).</summary>
    public static HeldArticle Hold(string corpus, int index)
    {
        var path = IngestInputs.FilesOf(corpus)[index];
        var content = File.ReadAllBytes(path);
        File.Delete(path);
        if (MakeFifo(System.Text.Encoding.UTF8.GetBytes(path + "\0"), 0b110_000_000) != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return new HeldArticle(path, content);
    }

    /// <summary>Lets the article through: its bytes go to the next reader that opens the pipe (writing waits for one).</summary>
    public void Release() => _release ??= Task.Run(() =>
    {
        using var pipe = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        pipe.Write(_content);
    });

    /// <summary>Puts the article back as an ordinary file, so the folder can be read again.</summary>
    public void Dispose()
    {
        if (_release is { IsCompleted: false })
        {
            // Released but never read: read it here so the writing task ends.
            using (var pipe = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                pipe.CopyTo(Stream.Null);
            }

            _release.Wait();
        }

        File.Delete(Path);
        File.WriteAllBytes(Path, _content);
    }

    // DllImport rather than LibraryImport, which would need unsafe code enabled for the whole test project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MakeFifo(byte[] nulTerminatedUtf8Path, uint mode);
#pragma warning restore SYSLIB1054
}
