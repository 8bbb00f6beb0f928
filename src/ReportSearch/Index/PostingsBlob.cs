namespace ReportSearch.Index;

/// <summary>
/// The bytes of <c>report_terms.terms</c>, one report's postings: varint token count (the report's length for bm25),
/// varint number of terms, then per term: varint term id (<c>terms.id</c>), varint body length, body. A body is one
/// entry per column the term occurs in (<see cref="FtsLayout.Columns"/> order): varint column, varint occurrences,
/// varint byte length of the positions, the positions (token offsets in that column; first absolute, then deltas).
/// Lengths come first so the searcher's loader can count and copy without decoding positions.
/// </summary>
public static class PostingsBlob
{
    /// <summary>The blob of a report's terms under their global ids (<paramref name="ids"/>[i] for term i).</summary>
    public static byte[] Pack(ReportTerms terms, IReadOnlyList<int> ids)
    {
        var size = Varint.Size((uint)terms.Length) + Varint.Size((uint)terms.Terms.Length) + terms.Bodies.Length;
        for (var i = 0; i < terms.Terms.Length; i++) size += Varint.Size((uint)ids[i]) + Varint.Size((uint)terms.Body(i).Length);
        var blob = new byte[size];
        var at = Varint.Write(blob, 0, (uint)terms.Length);
        at = Varint.Write(blob, at, (uint)terms.Terms.Length);
        for (var i = 0; i < terms.Terms.Length; i++)
        {
            var body = terms.Body(i);
            at = Varint.Write(blob, at, (uint)ids[i]);
            at = Varint.Write(blob, at, (uint)body.Length);
            body.CopyTo(blob.AsSpan(at));
            at += body.Length;
        }
        return blob;
    }

    /// <summary>Reads a blob term by term.</summary>
    public ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _blob;
        private int _at;
        private int _left;

        public Reader(ReadOnlySpan<byte> blob)
        {
            _blob = blob;
            _at = 0;
            Length = Varint.Read(blob, ref _at);
            _left = Varint.Read(blob, ref _at);
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
            termId = Varint.Read(_blob, ref _at);
            var length = Varint.Read(_blob, ref _at);
            body = _blob.Slice(_at, length);
            _at += length;
            return true;
        }
    }
}
