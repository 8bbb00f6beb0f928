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
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 32);
        // Bits not yet written, low bits first: a byte leaves as soon as 8 are there.
        ulong pending = 0;
        var count = 0;
        var at = 0;
        foreach (var v in values)
        {
            if (bits < 32 && v >> bits != 0) throw new ArgumentOutOfRangeException(nameof(values), $"{v} is wider than {bits} bits");
            pending |= (ulong)v << count;
            for (count += bits; count >= 8; count -= 8, pending >>= 8) into[at++] = (byte)pending;
        }
        if (count > 0) into[at] = (byte)pending;
    }

    /// <summary>Reads <paramref name="values"/>.Length values of <paramref name="bits"/> bits from <paramref name="from"/>.</summary>
    public static void Read(ReadOnlySpan<byte> from, int bits, Span<uint> values)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 32);
        var mask = (1UL << bits) - 1;
        // Bits read but not yet handed out, low bits first: a byte comes in whenever fewer than a value are there.
        ulong pending = 0;
        var count = 0;
        var at = 0;
        for (var i = 0; i < values.Length; i++)
        {
            for (; count < bits; count += 8) pending |= (ulong)from[at++] << count;
            values[i] = (uint)(pending & mask);
            pending >>= bits;
            count -= bits;
        }
    }
}
