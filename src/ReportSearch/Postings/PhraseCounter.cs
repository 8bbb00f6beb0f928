using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Counts a phrase's occurrences in one report when every phrase position is one term: the terms' column headers
/// are read first, so only columns holding every term are looked at, and there the positions are decoded as they
/// are needed, walking the term with the fewest occurrences and moving the others forward to it. Counting stops at
/// <see cref="Bm25.CountedOccurrences"/> in a report (bm25 has saturated by then; a phrase like 信息公开 occurs a
/// hundred times in a report, and decoding them all was most of its search); columns are counted heaviest first.
/// Nothing is allocated per report.
/// </summary>
internal sealed class PhraseCounter(double[] weights)
{
    private const int Columns = 32;
    private int[] _offset = new int[8 * Columns];
    private int[] _count = new int[8 * Columns];
    private int[] _at = new int[8];
    private int[] _left = new int[8];
    private int[] _value = new int[8];
    private readonly int[] _byWeight = Enumerable.Range(0, weights.Length).OrderByDescending(c => weights[c]).ThenBy(c => c).ToArray();

    /// <summary>Σ column weight × occurrences of the phrase whose terms are at <paramref name="cursors"/> (all on one report).</summary>
    public double Count(byte[] data, TermCursor[] cursors, int[] offsets, int columns)
    {
        var length = cursors.Length;
        if (_at.Length < length) Grow(length);
        var present = columns;
        for (var j = 0; j < length && present != 0; j++)
            present &= Headers(data, cursors[j].BodyStart, cursors[j].BodyLength, j);
        var weighted = 0.0;
        var budget = Bm25.CountedOccurrences;
        // Heaviest columns first, so the occurrences counted before the bound are those that weigh most.
        foreach (var column in _byWeight)
        {
            if ((present & (1 << column)) == 0) continue;
            var found = InColumn(data, column, offsets, budget);
            weighted += weights[column] * found;
            budget -= found;
            if (budget == 0) break;
        }
        return weighted;
    }

    // Records where each column's positions start and how many there are; returns the columns present.
    private int Headers(byte[] data, int start, int length, int term)
    {
        var at = start;
        var end = start + length;
        var mask = 0;
        while (at < end)
        {
            var header = Varint.Read(data, ref at);
            var column = PostingsBlob.ColumnOf(header);
            var count = PostingsBlob.CountOf(header);
            var bytes = Varint.Read(data, ref at);
            _offset[term * Columns + column] = at;
            _count[term * Columns + column] = count;
            mask |= 1 << column;
            at += bytes;
        }
        return mask;
    }

    private int InColumn(byte[] data, int column, int[] offsets, int budget)
    {
        var length = offsets.Length;
        var at = _at;
        var left = _left;
        var value = _value;
        var driver = 0;
        for (var j = 0; j < length; j++)
        {
            at[j] = _offset[j * Columns + column];
            left[j] = _count[j * Columns + column];
            // The last decoded position of each term; -1 before its first.
            value[j] = -1;
            if (left[j] < left[driver]) driver = j;
        }
        var found = 0;
        var driverPosition = 0;
        var driverAt = at[driver];
        for (var driverLeft = left[driver]; driverLeft > 0 && found < budget; driverLeft--)
        {
            driverPosition += Varint.Read(data, ref driverAt);
            var start = driverPosition - offsets[driver];
            if (start < 0) continue;
            var all = true;
            for (var j = 0; j < length && all; j++)
            {
                if (j == driver) continue;
                var wanted = start + offsets[j];
                var v = value[j];
                if (v < wanted)
                {
                    var a = at[j];
                    var l = left[j];
                    do
                    {
                        if (l == 0) return found;
                        v = (v < 0 ? 0 : v) + Varint.Read(data, ref a);
                        l--;
                    } while (v < wanted);
                    at[j] = a;
                    left[j] = l;
                    value[j] = v;
                }
                all = v == wanted;
            }
            if (all) found++;
        }
        return found;
    }

    private void Grow(int length)
    {
        _offset = new int[length * Columns];
        _count = new int[length * Columns];
        _at = new int[length];
        _left = new int[length];
        _value = new int[length];
    }
}
