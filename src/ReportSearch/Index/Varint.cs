namespace ReportSearch.Index;

/// <summary>
/// Unsigned LEB128 integers (7 bits a byte, low bits first), the number format of the postings blobs and of the
/// searcher's in-memory postings: most positions deltas and report id deltas fit one byte.
/// </summary>
public static class Varint
{
    /// <summary>Bytes <paramref name="value"/> takes.</summary>
    public static int Size(uint value) => value < 1u << 7 ? 1 : value < 1u << 14 ? 2 : value < 1u << 21 ? 3 : value < 1u << 28 ? 4 : 5;

    /// <summary>Writes <paramref name="value"/> at <paramref name="at"/>; returns the offset after it.</summary>
    public static int Write(byte[] buffer, int at, uint value)
    {
        while (value >= 0x80)
        {
            buffer[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[at++] = (byte)value;
        return at;
    }

    /// <summary>Reads the number at <paramref name="at"/> and moves <paramref name="at"/> past it.</summary>
    public static int Read(ReadOnlySpan<byte> buffer, ref int at)
    {
        uint b = buffer[at++];
        if (b < 0x80) return (int)b;
        var value = b & 0x7F;
        var shift = 7;
        do
        {
            b = buffer[at++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while (b >= 0x80);
        return (int)value;
    }
}

/// <summary>A growing byte buffer for varint output (a <see cref="System.IO.MemoryStream"/> without the stream).</summary>
public sealed class VarintBuffer(int capacity = 256)
{
    private byte[] _bytes = new byte[Math.Max(16, capacity)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Add(uint value)
    {
        Reserve(5);
        Length = Varint.Write(_bytes, Length, value);
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    public void Clear() => Length = 0;

    public byte[] ToArray() => _bytes.AsSpan(0, Length).ToArray();

    private void Reserve(int more)
    {
        if (Length + more > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
    }
}
