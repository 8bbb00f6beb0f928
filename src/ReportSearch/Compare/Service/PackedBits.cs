namespace ReportSearch.Compare.Service;

/// <summary>
/// Small unsigned values of a fixed width laid end to end, low bits first (b-bit MinHash values of a passage): no
/// byte carries padding but the last.
/// </summary>
public static class PackedBits
{
    /// <summary>Bytes <paramref name="count"/> values of <paramref name="bits"/> bits take.</summary>
    public static int Size(int count, int bits) => (count * bits + 7) / 8;

    /// <summary>Writes the values (each below 2^<paramref name="bits"/>) into <paramref name="into"/>, which must be <see cref="Size"/> long.</summary>
    public static void Write(ReadOnlySpan<uint> values, int bits, Span<byte> into)
    {
        into.Clear();
        var at = 0;
        foreach (var v in values)
        {
            if (v >> bits != 0) throw new ArgumentOutOfRangeException(nameof(values), $"{v} is wider than {bits} bits");
            for (var done = 0; done < bits;)
            {
                var (index, shift) = (at >> 3, at & 7);
                var take = Math.Min(8 - shift, bits - done);
                into[index] |= (byte)(((v >> done) & ((1u << take) - 1)) << shift);
                done += take;
                at += take;
            }
        }
    }

    /// <summary>Reads <paramref name="values"/>.Length values of <paramref name="bits"/> bits from <paramref name="from"/>.</summary>
    public static void Read(ReadOnlySpan<byte> from, int bits, Span<uint> values)
    {
        var at = 0;
        for (var i = 0; i < values.Length; i++)
        {
            uint v = 0;
            for (var done = 0; done < bits;)
            {
                var (index, shift) = (at >> 3, at & 7);
                var take = Math.Min(8 - shift, bits - done);
                v |= (uint)((from[index] >> shift) & ((1 << take) - 1)) << done;
                done += take;
                at += take;
            }
            values[i] = v;
        }
    }
}
