using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Reads a term's occurrences in one report (<see cref="PostingsBlob.Occurrences"/>: one occurrence is
/// <c>position × 2 + 1</c>; several are <c>bytes × 2</c>, then the first position and the deltas in those bytes): the weighted occurrence count bm25 needs, or the report-wide positions.
/// </summary>
internal static class TermBody
{
    /// <summary>
    /// Σ weight × occurrences over the columns, each column held to <see cref="Bm25.CountedOccurrences"/>:
    /// <paramref name="slotWeights"/> are the weights by place in the position space, 0 for a column not searched
    /// (<see cref="PositionColumns.SlotWeights"/>); <paramref name="starts"/> are the report's column starts.
    /// </summary>
    public static double WeightedCount(ReadOnlySpan<byte> body, ReadOnlySpan<int> starts, double[] slotWeights)
    {
        var at = 0;
        var header = Varint.Read(body, ref at);
        if (PostingsBlob.Occurrences.IsOne(header)) return slotWeights[PositionColumns.SlotOf(starts, header >>> 1)];
        var end = at + (header >>> 1);
        var position = Varint.Read(body, ref at);
        var slot = PositionColumns.SlotOf(starts, position);
        var slotEnd = starts[slot + 1];
        var inSlot = 1;
        var sum = 0.0;
        while (at < end)
        {
            // Most deltas are one byte: read those here, the call only for longer ones.
            var b = body[at];
            if (b < 0x80)
            {
                position += b;
                at++;
            }
            else
            {
                position += Varint.Read(body, ref at);
            }
            if (position >= slotEnd)
            {
                sum += slotWeights[slot] * Math.Min(inSlot, Bm25.CountedOccurrences);
                slot = PositionColumns.SlotAt(starts, position, slot);
                slotEnd = starts[slot + 1];
                inSlot = 0;
            }
            inSlot++;
        }
        return sum + slotWeights[slot] * Math.Min(inSlot, Bm25.CountedOccurrences);
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
}
