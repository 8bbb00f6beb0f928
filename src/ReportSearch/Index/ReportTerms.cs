namespace ReportSearch.Index;

/// <summary>
/// One report's terms as a worker thread prepares them for the postings blob: the distinct terms (strings: only the
/// writer thread knows the global term ids), for each the encoded occurrences at report-wide positions
/// (<see cref="PostingsBlob.Occurrences"/>), and the token count of each column (<see cref="FtsLayout.Columns"/>
/// order), which places the columns in the position space.
/// </summary>
public sealed record ReportTerms(string[] Terms, byte[] Bodies, int[] BodyEnds, int[] ColumnLengths)
{
    /// <summary>No terms at all (a report without text).</summary>
    public static readonly ReportTerms Empty = new([], [], [], new int[FtsLayout.Columns.Count]);

    /// <summary>The report's token count, for bm25.</summary>
    public int Length => ColumnLengths.Sum();

    /// <summary>The occurrences of term <paramref name="i"/>.</summary>
    public ReadOnlySpan<byte> Body(int i) => Bodies.AsSpan(i == 0 ? 0 : BodyEnds[i - 1], BodyEnds[i] - (i == 0 ? 0 : BodyEnds[i - 1]));
}

/// <summary>
/// Collects a report's tokens in text order (column, term) and encodes them as <see cref="ReportTerms"/>: each
/// occurrence becomes one 64-bit key (term, column's place in <see cref="PostingsBlob.ColumnOrder"/>, offset in the
/// column) and a single sort groups them by term in ascending report-wide position, which is cheaper than a list per
/// term. The report-wide positions are known only at the end, when every column's length is.
/// </summary>
internal sealed class ReportTermsBuilder : ITokenSink
{
    private readonly Dictionary<string, int> _local;
    // Looks grams up by their slice of the text: a string is made only for a term new to the report.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySlice;
    private readonly List<string> _terms = [];
    private readonly int[] _lengths = new int[FtsLayout.Columns.Count];
    private long[] _keys = new long[4096];
    private int _count;

    public ReportTermsBuilder()
    {
        _local = new Dictionary<string, int>(StringComparer.Ordinal);
        _bySlice = _local.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The next token of <paramref name="column"/>.</summary>
    public void Token(int column, ReadOnlySpan<char> term) => Put(column, term, _lengths[column]++);

    /// <summary>
    /// A phrase term at the position of <paramref name="column"/>'s last token (the gram it starts at). It does not
    /// count in the column's length (nor the report's): bm25 sees the same text with or without phrase terms.
    /// </summary>
    public void Phrase(int column, string phrase) => Put(column, phrase, _lengths[column] - 1);

    private void Put(int column, ReadOnlySpan<char> term, int position)
    {
        if (!_bySlice.TryGetValue(term, out var local))
        {
            local = _terms.Count;
            var text = term.ToString();
            _local.Add(text, local);
            _terms.Add(text);
        }
        if (_count == _keys.Length) Array.Resize(ref _keys, _keys.Length * 2);
        _keys[_count++] = ((long)local << 40) | ((long)PostingsBlob.SlotOf[column] << 32) | (uint)position;
    }

    public ReportTerms Build()
    {
        if (_count == 0) return ReportTerms.Empty;
        Span<int> starts = stackalloc int[PostingsBlob.Starts];
        PostingsBlob.FillStarts(_lengths, starts);
        var keys = _keys.AsSpan(0, _count);
        keys.Sort();
        var bodies = new VarintBuffer(_count * 2);
        var ends = new int[_terms.Count];
        var positions = new VarintBuffer(64);
        var i = 0;
        while (i < keys.Length)
        {
            var term = (int)(keys[i] >> 40);
            var first = i;
            while (i < keys.Length && (int)(keys[i] >> 40) == term) i++;
            if (i - first == 1)
            {
                bodies.Add(PostingsBlob.Occurrences.One(PositionOf(keys[first], starts)));
            }
            else
            {
                positions.Clear();
                var previous = 0;
                for (var k = first; k < i; k++)
                {
                    var position = PositionOf(keys[k], starts);
                    positions.Add((uint)(position - previous));
                    previous = position;
                }
                bodies.Add(PostingsBlob.Occurrences.Several(positions.Length));
                bodies.Add(positions.Written);
            }
            ends[term] = bodies.Length;
        }
        return new ReportTerms(_terms.ToArray(), bodies.ToArray(), ends, (int[])_lengths.Clone());
    }

    private static int PositionOf(long key, ReadOnlySpan<int> starts) => starts[(int)(key >> 32) & 0xFF] + (int)(uint)key;
}
