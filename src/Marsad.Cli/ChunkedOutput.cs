using System.Buffers;

namespace Marsad.Cli;

/// <summary>
/// A write-only stream that keeps what is written in pooled chunks of 64 KB until it is copied out: one
/// article's rendering, held until its turn in the output. Unlike a <see cref="MemoryStream"/>, it never
/// doubles and copies its buffer, so an article rendered to 90 MB holds 90 MB, not up to three times that.
/// </summary>
internal sealed class ChunkedOutput : Stream
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<byte[]> _chunks = [];
    private int _inLast = ChunkSize;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_inLast == ChunkSize)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                _inLast = 0;
            }

            var part = Math.Min(buffer.Length, ChunkSize - _inLast);
            buffer[..part].CopyTo(_chunks[^1].AsSpan(_inLast));
            _inLast += part;
            _length += part;
            buffer = buffer[part..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Writes everything held to <paramref name="destination"/>, in order.</summary>
    public void WriteTo(Stream destination)
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            destination.Write(_chunks[i], 0, i == _chunks.Count - 1 ? _inLast : ChunkSize);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Gives the chunks back to the pool; what was held is gone.</summary>
    protected override void Dispose(bool disposing)
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _chunks.Clear();
        _inLast = ChunkSize;
        _length = 0;
        base.Dispose(disposing);
    }
}
