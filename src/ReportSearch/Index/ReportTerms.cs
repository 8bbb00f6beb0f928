namespace ReportSearch.Index;

/// <summary>
/// One report's terms as a worker thread prepares them for the postings blob: the distinct terms (strings: only the
/// writer thread knows the global term ids), and for each the encoded body of its occurrences, column by column
/// (<see cref="PostingsBlob"/> describes the bytes). <see cref="Length"/> is the report's token count, for bm25.
/// </summary>
public sealed record ReportTerms(string[] Terms, byte[] Bodies, int[] BodyEnds, int Length)
{
    /// <summary>No terms at all (a report without text).</summary>
    public static readonly ReportTerms Empty = new([], [], [], 0);

    /// <summary>The body of term <paramref name="i"/>.</summary>
    public ReadOnlySpan<byte> Body(int i) => Bodies.AsSpan(i == 0 ? 0 : BodyEnds[i - 1], BodyEnds[i] - (i == 0 ? 0 : BodyEnds[i - 1]));
}

/// <summary>
/// Collects a report's tokens in text order (column, term) and encodes them as <see cref="ReportTerms"/>: each
/// occurrence becomes one 64-bit key (term, column, position) and a single sort groups them, which is cheaper than a
/// list per term.
/// </summary>
internal sealed class ReportTermsBuilder
{
    private readonly Dictionary<string, int> _local = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly int[] _positions = new int[FtsLayout.Columns.Count];
    private long[] _keys = new long[4096];
    private int _count;
    private int _tokens;

    /// <summary>The next token of <paramref name="column"/>.</summary>
    public void Add(int column, string term)
    {
        Put(column, term, _positions[column]++);
        _tokens++;
    }

    /// <summary>
    /// A phrase term at the position of <paramref name="column"/>'s last token (the gram it starts at). It does not
    /// count in the report's length: bm25 sees the same text with or without phrase terms.
    /// </summary>
    public void AddAtLast(int column, string term) => Put(column, term, _positions[column] - 1);

    private void Put(int column, string term, int position)
    {
        if (!_local.TryGetValue(term, out var local))
        {
            local = _terms.Count;
            _local.Add(term, local);
            _terms.Add(term);
        }
        if (_count == _keys.Length) Array.Resize(ref _keys, _keys.Length * 2);
        _keys[_count++] = ((long)local << 40) | ((long)column << 32) | (uint)position;
    }

    public ReportTerms Build()
    {
        if (_count == 0) return ReportTerms.Empty;
        var keys = _keys.AsSpan(0, _count);
        keys.Sort();
        var bodies = new VarintBuffer(_count * 3);
        var ends = new int[_terms.Count];
        var positions = new VarintBuffer(64);
        var i = 0;
        while (i < keys.Length)
        {
            var term = (int)(keys[i] >> 40);
            while (i < keys.Length && (int)(keys[i] >> 40) == term)
            {
                var column = (int)(keys[i] >> 32) & 0xFF;
                positions.Clear();
                var count = 0;
                var previous = 0;
                for (; i < keys.Length && keys[i] >> 32 == ((long)term << 8 | (uint)column); i++, count++)
                {
                    var position = (int)(uint)keys[i];
                    positions.Add((uint)(position - previous));
                    previous = position;
                }
                bodies.Add(PostingsBlob.ColumnHeader(column, count));
                bodies.Add((uint)positions.Length);
                bodies.Add(positions.Written);
            }
            ends[term] = bodies.Length;
        }
        return new ReportTerms(_terms.ToArray(), bodies.ToArray(), ends, _tokens);
    }
}
