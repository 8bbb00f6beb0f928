namespace ReportSearch.Index;

/// <summary>
/// The bytes of <c>report_terms.terms</c>, one report's postings (schema 6). All numbers are varints
/// (<see cref="Varint"/>).
/// <list type="number">
/// <item>A bit mask of the columns holding tokens (bit c = column c of <see cref="FtsLayout.Columns"/>), then the
/// token count of each of those columns in ascending column order. Their sum is the report's length for bm25.</item>
/// <item>The number of terms, then per term in ascending term id order: the id delta (from the previous term's id;
/// <c>terms.id</c>) and the term's occurrences (<see cref="Occurrences"/>), nothing else: no per-column entries
/// and no term length, a reader finds a term's end from its first varint.</item>
/// </list>
/// Positions are report-wide: the columns are laid end to end in <see cref="ColumnOrder"/>, and a token's position
/// is its column's start (the token counts of the columns before it in that order) plus its offset in the column.
/// So one number says both where a token is and in which column, and a phrase is consecutive positions that lie
/// in one column's range.
/// </summary>
public static class PostingsBlob
{
    /// <summary>
    /// The order the columns are laid out in a report's position space: by bm25 weight, heaviest first (ties by
    /// column), so walking positions upwards visits the heaviest columns first and a count held to
    /// <c>Bm25.CountedOccurrences</c> can stop early. Stored positions depend on it: it must never change.
    /// </summary>
    public static readonly IReadOnlyList<int> ColumnOrder = [2, 3, 0, 1, 12, 13, 16, 17, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15];

    /// <summary>Entries of a report's column starts (<see cref="Reader.ColumnStarts"/>): one per column, then the end.</summary>
    public const int Starts = 19;

    /// <summary>
    /// A term's occurrences in a report, ascending report-wide positions: one occurrence is the one varint
    /// <c>position × 2 + 1</c>; two or more are the varint <c>b × 2</c>, then b bytes: the first position and the
    /// deltas. The byte length costs no more than a count would (most are under 64) and lets a reader step over the
    /// positions without decoding them; the count is what decoding the b bytes yields.
    /// </summary>
    public static class Occurrences
    {
        /// <summary>The first varint of one occurrence at <paramref name="position"/>.</summary>
        public static uint One(int position) => (uint)position << 1 | 1;

        /// <summary>The first varint of two or more occurrences whose positions take <paramref name="bytes"/> bytes.</summary>
        public static uint Several(int bytes) => (uint)bytes << 1;

        /// <summary>Whether a first varint is a single occurrence (it is then the position × 2 + 1).</summary>
        public static bool IsOne(int header) => (header & 1) != 0;

        /// <summary>The offset after the occurrences starting at <paramref name="at"/>.</summary>
        public static int End(ReadOnlySpan<byte> bytes, int at)
        {
            var header = Varint.Read(bytes, ref at);
            return IsOne(header) ? at : at + (header >>> 1);
        }
    }

    /// <summary>Where each column of <see cref="ColumnOrder"/> stands in it.</summary>
    public static readonly IReadOnlyList<int> SlotOf = Inverse(ColumnOrder);

    /// <summary>The blob of a report's terms under their global ids (<paramref name="ids"/>[i] for term i).</summary>
    public static byte[] Pack(ReportTerms terms, IReadOnlyList<int> ids)
    {
        var order = new int[terms.Terms.Length];
        var sorted = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            sorted[i] = ids[i];
        }
        Array.Sort(sorted, order);
        var blob = new VarintBuffer(terms.Bodies.Length + 2 * order.Length + 64);
        var mask = 0u;
        for (var c = 0; c < terms.ColumnLengths.Length; c++)
            if (terms.ColumnLengths[c] > 0) mask |= 1u << c;
        blob.Add(mask);
        foreach (var length in terms.ColumnLengths)
            if (length > 0) blob.Add((uint)length);
        blob.Add((uint)order.Length);
        var previous = 0;
        foreach (var i in order)
        {
            blob.Add((uint)(ids[i] - previous));
            blob.Add(terms.Body(i));
            previous = ids[i];
        }
        return blob.ToArray();
    }

    /// <summary>Column starts in <see cref="ColumnOrder"/> (then the end) from the token count of each column.</summary>
    public static void FillStarts(ReadOnlySpan<int> columnLengths, Span<int> starts)
    {
        var at = 0;
        for (var slot = 0; slot < ColumnOrder.Count; slot++)
        {
            starts[slot] = at;
            at += columnLengths[ColumnOrder[slot]];
        }
        starts[ColumnOrder.Count] = at;
    }

    /// <summary>Reads a blob term by term.</summary>
    public ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _blob;
        private int _at;
        private int _left;
        private int _term;
        private readonly int[] _starts;

        public Reader(ReadOnlySpan<byte> blob)
        {
            _blob = blob;
            _at = 0;
            var mask = Varint.Read(blob, ref _at);
            Span<int> lengths = stackalloc int[32];
            for (var c = 0; c < 32; c++)
                if ((mask & 1 << c) != 0) lengths[c] = Varint.Read(blob, ref _at);
            _starts = new int[Starts];
            FillStarts(lengths, _starts);
            Length = _starts[^1];
            _left = Varint.Read(blob, ref _at);
            _term = 0;
        }

        /// <summary>The report's token count.</summary>
        public int Length { get; }

        /// <summary>Where each column's positions start, in <see cref="ColumnOrder"/>, then the end (<see cref="Starts"/> entries).</summary>
        public ReadOnlySpan<int> ColumnStarts => _starts;

        /// <summary>Moves to the next term; false after the last. <paramref name="occurrences"/> is its <see cref="Occurrences"/>.</summary>
        public bool Next(out int termId, out ReadOnlySpan<byte> occurrences)
        {
            if (_left-- <= 0)
            {
                termId = 0;
                occurrences = default;
                return false;
            }
            termId = _term += Varint.Read(_blob, ref _at);
            var end = Occurrences.End(_blob, _at);
            occurrences = _blob[_at..end];
            _at = end;
            return true;
        }
    }

    private static int[] Inverse(IReadOnlyList<int> order)
    {
        var slots = new int[order.Count];
        for (var i = 0; i < order.Count; i++) slots[order[i]] = i;
        return slots;
    }
}
