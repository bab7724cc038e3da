using System.Text;
using Marsad.Cli;

namespace Marsad.Tests.Cli;

/// <summary><see cref="ChunkedOutput"/> gives back exactly what was written, across its chunk boundaries.</summary>
public sealed class ChunkedOutputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(1_000_003)]
    public void What_is_written_in_pieces_of_every_size_comes_out_whole_and_in_order(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        using var output = new ChunkedOutput();
        var at = 0;
        var size = 1;
        while (at < length)
        {
            var piece = Math.Min(size, length - at);
            if (piece == 1)
            {
                output.WriteByte(bytes[at]);
            }
            else
            {
                output.Write(bytes, at, piece);
            }

            at += piece;
            size = (size * 7) % 100_003; // pieces of many sizes, some longer than a chunk
        }

        using var copy = new MemoryStream();
        output.WriteTo(copy);

        Assert.Equal(length, output.Length);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public void A_rendering_written_through_a_text_writer_reads_back_as_its_text()
    {
        var line = string.Concat(Enumerable.Repeat("أعلنت كازاخستان انضمامها إلى اتفاقات أبراهام. ", 5000));
        using var output = new ChunkedOutput();
        using (var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            writer.Write(line);
        }

        using var copy = new MemoryStream();
        output.WriteTo(copy);

        Assert.Equal(line, Encoding.UTF8.GetString(copy.ToArray()));
    }

    [Fact]
    public void It_cannot_be_read_or_sought()
    {
        using var output = new ChunkedOutput();

        Assert.False(output.CanRead);
        Assert.False(output.CanSeek);
        Assert.Throws<NotSupportedException>(() => output.Seek(0, SeekOrigin.Begin));
    }
}
