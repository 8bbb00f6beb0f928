using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Reads a term's occurrences in one report (<see cref="PostingsBlob.Occurrences"/>: one occurrence is
/// <c>position × 2 + 1</c>; several are <c>bytes × 2</c>, then the first position and the deltas in those bytes): the weighted occurrence count bm25 needs, or the report-wide positions.
/// </summary>
internal static class TermBody
{
    /// <summary>
    /// Σ weight(column) × occurrences over the columns in <paramref name="columns"/> (a bit per column), each column
    /// held to <see cref="Bm25.CountedOccurrences"/>. <paramref name="starts"/> are the report's column starts.
    /// </summary>
    public static double WeightedCount(ReadOnlySpan<byte> body, ReadOnlySpan<int> starts, int columns, double[] weights)
    {
        var order = PositionColumns.Order;
        var at = 0;
        var header = Varint.Read(body, ref at);
        if (PostingsBlob.Occurrences.IsOne(header))
        {
            var column = order[PositionColumns.SlotAt(starts, header >>> 1, 0)];
            return (columns & (1 << column)) != 0 ? weights[column] : 0;
        }
        var end = at + (header >>> 1);
        var sum = 0.0;
        var slot = 0;
        var inSlot = 0;
        var position = 0;
        while (at < end)
        {
            position += Varint.Read(body, ref at);
            if (position >= starts[slot + 1])
            {
                sum += Weighed(order[slot], inSlot, columns, weights);
                slot = PositionColumns.SlotAt(starts, position, slot);
                inSlot = 0;
            }
            inSlot++;
        }
        return sum + Weighed(order[slot], inSlot, columns, weights);
    }

    /// <summary>Adds the term's positions, ascending, to <paramref name="into"/>.</summary>
    public static void AddPositions(ReadOnlySpan<byte> body, List<int> into)
    {
        var at = 0;
        var header = Varint.Read(body, ref at);
        if (PostingsBlob.Occurrences.IsOne(header))
        {
            into.Add(header >>> 1);
            return;
        }
        var end = at + (header >>> 1);
        var position = 0;
        while (at < end)
        {
            position += Varint.Read(body, ref at);
            into.Add(position);
        }
    }

    private static double Weighed(int column, int occurrences, int columns, double[] weights) =>
        (columns & (1 << column)) != 0 ? weights[column] * Math.Min(occurrences, Bm25.CountedOccurrences) : 0;
}
