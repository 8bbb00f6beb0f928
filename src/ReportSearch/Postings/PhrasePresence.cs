using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Counts the reports of a segment that hold a phrase (every position one term) in an allowed column, among those a
/// filter leaves out: what a phrase's IDF needs from them when the filter is pushed into matching. Whether a report
/// holds the phrase is settled at its first occurrence, where a bm25 count goes on to
/// <see cref="Bm25.CountedOccurrences"/>; the reports the filter keeps are not looked at. Nothing is allocated per report.
/// </summary>
internal sealed class PhrasePresence
{
    private const int Columns = 32;
    private int[] _offset = new int[8 * Columns];
    private int[] _count = new int[8 * Columns];
    private int[] _at = new int[8];
    private int[] _left = new int[8];
    private int[] _value = new int[8];

    /// <summary>
    /// Reports neither <paramref name="dead"/> nor <paramref name="allowed"/> (true by report id; shorter arrays
    /// leave the rest false) holding the phrase of <paramref name="terms"/> in a column of <paramref name="columns"/>.
    /// </summary>
    public int CountOutside(PostingsSegment segment, int[] terms, int[] offsets, int columns, bool[] dead, bool[] allowed)
    {
        var cursors = new TermCursor[terms.Length];
        var driver = 0;
        for (var j = 0; j < terms.Length; j++)
        {
            cursors[j] = new TermCursor(segment, terms[j]);
            if (cursors[j].Doc == TermCursor.End) return 0;
            if (cursors[j].Count < cursors[driver].Count) driver = j;
        }
        if (_at.Length < terms.Length) Grow(terms.Length);
        var found = 0;
        var target = 0;
        while (cursors[driver].Advance(target))
        {
            var doc = cursors[driver].Doc;
            target = doc + 1;
            // The filter's verdict first: the reports it keeps are counted by the matcher, the others need no more.
            if ((doc < dead.Length && dead[doc]) || (doc < allowed.Length && allowed[doc])) continue;
            var agreed = true;
            for (var j = 0; j < cursors.Length && agreed; j++)
            {
                if (j == driver) continue;
                if (!cursors[j].Advance(doc)) return found;
                if (cursors[j].Doc > doc)
                {
                    target = cursors[j].Doc;
                    agreed = false;
                }
            }
            if (agreed && Holds(segment.Data, cursors, offsets, columns)) found++;
        }
        return found;
    }

    private bool Holds(byte[] data, TermCursor[] cursors, int[] offsets, int columns)
    {
        var present = columns;
        for (var j = 0; j < cursors.Length && present != 0; j++)
            present &= Headers(data, cursors[j].BodyStart, cursors[j].BodyLength, j);
        if (cursors.Length == 1) return present != 0;
        while (present != 0)
        {
            var column = System.Numerics.BitOperations.TrailingZeroCount(present);
            if (InColumn(data, column, offsets)) return true;
            present &= present - 1;
        }
        return false;
    }

    // Records where each column's positions start and how many there are; returns the columns with occurrences.
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
            if (count > 0) mask |= 1 << column;
            at += bytes;
        }
        return mask;
    }

    // Whether some start p has term j at p + offsets[j] for every j: the term with the fewest occurrences is walked,
    // the others' (delta-coded, ascending) positions are read forward to it.
    private bool InColumn(byte[] data, int column, int[] offsets)
    {
        var length = offsets.Length;
        var driver = 0;
        for (var j = 0; j < length; j++)
        {
            _at[j] = _offset[j * Columns + column];
            _left[j] = _count[j * Columns + column];
            _value[j] = -1;
            if (_left[j] < _left[driver]) driver = j;
        }
        var position = 0;
        var driverAt = _at[driver];
        for (var driverLeft = _left[driver]; driverLeft > 0; driverLeft--)
        {
            position += Varint.Read(data, ref driverAt);
            var start = position - offsets[driver];
            if (start < 0) continue;
            var all = true;
            for (var j = 0; j < length && all; j++)
            {
                if (j == driver) continue;
                var wanted = start + offsets[j];
                var v = _value[j];
                while (v < wanted)
                {
                    if (_left[j] == 0) return false;
                    v = (v < 0 ? 0 : v) + Varint.Read(data, ref _at[j]);
                    _left[j]--;
                }
                _value[j] = v;
                all = v == wanted;
            }
            if (all) return true;
        }
        return false;
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
