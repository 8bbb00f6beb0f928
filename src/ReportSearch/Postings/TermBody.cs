using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Reads a term's occurrences in one report (<see cref="PostingsBlob.Occurrences"/>: one occurrence is
/// <c>position × 2 + 1</c>; several are <c>bytes × 2</c>, then the first position and the deltas in those bytes): the weighted occurrence count bm25 needs, or the report-wide positions.
/// </summary>
internal static class TermBody
{
    /// <summary>
    /// Σ weight × occurrences over the columns in <paramref name="columns"/> (a bit per column), counted by
    /// <paramref name="budget"/> as a phrase's are (at most <see cref="Bm25.CountedOccurrences"/>, heaviest columns
    /// first), so a phrase term scores as the grams it stands for; <paramref name="starts"/> are the report's column
    /// starts. Positions are read only until the budget is spent.
    /// </summary>
    public static double WeightedCount(ReadOnlySpan<byte> body, ReadOnlySpan<int> starts, int columns, OccurrenceBudget budget)
    {
        var order = PositionColumns.Order;
        var at = 0;
        var header = Varint.Read(body, ref at);
        if (PostingsBlob.Occurrences.IsOne(header))
        {
            // Most entries: one occurrence weighs its column's weight, whatever the budget's order.
            var only = order[PositionColumns.SlotOf(starts, header >>> 1)];
            return (columns & (1 << only)) != 0 ? budget.WeightOf(only) : 0;
        }
        budget.Reset();
        var end = at + (header >>> 1);
        var position = Varint.Read(body, ref at);
        var slot = PositionColumns.SlotOf(starts, position);
        while (true)
        {
            var column = order[slot];
            if ((columns & (1 << column)) != 0 && !budget.Add(column)) break;
            if (at >= end) break;
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
            slot = PositionColumns.SlotAt(starts, position, slot);
        }
        return budget.Weighted;
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
