namespace ReportSearch.Index;

/// <summary>
/// The bytes of <c>report_terms.terms</c>, one report's postings: varint token count (the report's length for bm25),
/// varint number of terms, then per term, in ascending term id order: varint id delta (from the previous term's id;
/// <c>terms.id</c>), varint body length, body. A body is one entry per column the term occurs in
/// (<see cref="FtsLayout.Columns"/> order): varint <see cref="ColumnHeader"/> (occurrences × 32 + column), varint
/// byte length of the positions, then the positions (token offsets in that column; first absolute, then deltas).
/// The lengths come first so the searcher's loader copies bodies without decoding them, and a phrase check passes
/// over the columns and terms it does not need without decoding their positions.
/// </summary>
public static class PostingsBlob
{
    /// <summary>A column entry's header: occurrences and column in one varint (one byte for up to 3 occurrences).</summary>
    public static uint ColumnHeader(int column, int count) => (uint)count << 5 | (uint)column;

    /// <summary>The column of a <see cref="ColumnHeader"/>.</summary>
    public static int ColumnOf(int header) => header & 31;

    /// <summary>The occurrences of a <see cref="ColumnHeader"/>.</summary>
    public static int CountOf(int header) => header >>> 5;

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
        var size = Varint.Size((uint)terms.Length) + Varint.Size((uint)order.Length) + terms.Bodies.Length;
        var previous = 0;
        foreach (var i in order)
        {
            size += Varint.Size((uint)(ids[i] - previous)) + Varint.Size((uint)terms.Body(i).Length);
            previous = ids[i];
        }
        var blob = new byte[size];
        var at = Varint.Write(blob, 0, (uint)terms.Length);
        at = Varint.Write(blob, at, (uint)order.Length);
        previous = 0;
        foreach (var i in order)
        {
            var body = terms.Body(i);
            at = Varint.Write(blob, at, (uint)(ids[i] - previous));
            at = Varint.Write(blob, at, (uint)body.Length);
            body.CopyTo(blob.AsSpan(at));
            at += body.Length;
            previous = ids[i];
        }
        return blob;
    }

    /// <summary>Reads a blob term by term.</summary>
    public ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _blob;
        private int _at;
        private int _left;
        private int _term;

        public Reader(ReadOnlySpan<byte> blob)
        {
            _blob = blob;
            _at = 0;
            Length = Varint.Read(blob, ref _at);
            _left = Varint.Read(blob, ref _at);
            _term = 0;
        }

        /// <summary>The report's token count.</summary>
        public int Length { get; }

        /// <summary>Moves to the next term; false after the last.</summary>
        public bool Next(out int termId, out ReadOnlySpan<byte> body)
        {
            if (_left-- <= 0)
            {
                termId = 0;
                body = default;
                return false;
            }
            termId = _term += Varint.Read(_blob, ref _at);
            var length = Varint.Read(_blob, ref _at);
            body = _blob.Slice(_at, length);
            _at += length;
            return true;
        }
    }
}
