using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Counts a phrase's occurrences in one report when every phrase position is one term: the term with the fewest
/// occurrences drives, the others are decoded only as far as its positions need, moving forward to them. An
/// occurrence starts at p with term j at p + offsets[j] for every j, all inside one allowed column (the first and
/// last position in the same column's range of the report's position space). Counting stops at
/// <see cref="Bm25.CountedOccurrences"/> in a report (bm25 has saturated by then; a phrase like 信息公开 occurs a
/// hundred times in a report, and decoding them all was most of its search); positions ascend through the heaviest
/// columns first (<see cref="OccurrenceBudget"/>). Nothing is allocated per report.
/// </summary>
internal sealed class PhraseCounter(double[] weights)
{
    private readonly OccurrenceBudget _budget = new(weights);
    private int[] _at = new int[8];
    private int[] _end = new int[8];
    private int[] _value = new int[8];

    /// <summary>
    /// Σ column weight × occurrences of the phrase whose terms are at <paramref name="cursors"/> (all on one report,
    /// whose column starts are <paramref name="starts"/>), term j at offset <paramref name="offsets"/>[j].
    /// </summary>
    public double Count(byte[] data, TermCursor[] cursors, int[] offsets, ReadOnlySpan<int> starts, int columns)
    {
        var length = cursors.Length;
        if (_at.Length < length) Grow(length);
        var at = _at;
        var end = _end;
        var value = _value;
        var driver = 0;
        for (var j = 0; j < length; j++)
        {
            // value[j] is the term's current position; at[j]..end[j] the bytes of the positions after it.
            var a = cursors[j].BodyStart;
            var header = Varint.Read(data, ref a);
            if (PostingsBlob.Occurrences.IsOne(header))
            {
                value[j] = header >>> 1;
                end[j] = a;
            }
            else
            {
                end[j] = a + (header >>> 1);
                value[j] = Varint.Read(data, ref a);
            }
            at[j] = a;
            // The fewest bytes of positions left: about the fewest occurrences.
            if (end[j] - a < end[driver] - at[driver]) driver = j;
        }

        _budget.Reset();
        var order = PositionColumns.Order;
        var span = offsets[length - 1];
        var slot = 0;
        while (true)
        {
            var start = value[driver] - offsets[driver];
            if (start >= 0)
            {
                slot = PositionColumns.SlotAt(starts, start, slot);
                var column = order[slot];
                if (start + span < starts[slot + 1] && (columns & (1 << column)) != 0)
                {
                    var all = true;
                    for (var j = 0; j < length && all; j++)
                    {
                        if (j == driver) continue;
                        var wanted = start + offsets[j];
                        var v = value[j];
                        if (v < wanted)
                        {
                            var a = at[j];
                            var e = end[j];
                            do
                            {
                                // Term j ends before this start: no later start can match either.
                                if (a == e) return _budget.Weighted;
                                var b = data[a];
                                if (b < 0x80)
                                {
                                    v += b;
                                    a++;
                                }
                                else
                                {
                                    v += Varint.Read(data, ref a);
                                }
                            } while (v < wanted);
                            at[j] = a;
                            value[j] = v;
                        }
                        all = v == wanted;
                    }
                    if (all && !_budget.Add(column)) break;
                }
            }
            if (at[driver] == end[driver]) break;
            value[driver] += Varint.Read(data, ref at[driver]);
        }
        return _budget.Weighted;
    }

    private void Grow(int length)
    {
        _at = new int[length];
        _end = new int[length];
        _value = new int[length];
    }
}
