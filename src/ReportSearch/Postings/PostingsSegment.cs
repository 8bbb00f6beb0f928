using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// The inverted index of a set of reports, held in a few flat arrays (no object per term): for every term id, its
/// reports in ascending id order, each entry in <see cref="Data"/> being the varint report id delta, then the
/// term's occurrences in that report as the postings blob has them (<see cref="PostingsBlob.Occurrences"/>: a cursor
/// steps over them without reading the positions). Every <see cref="BlockSize"/> entries start a block whose last report id and
/// offset are kept, so a cursor can skip ahead without decoding what it skips. Each report's column starts
/// (<see cref="ColumnStarts"/>) say which column a position is in. Immutable once built; shared by every searcher of
/// an index.
/// </summary>
public sealed class PostingsSegment
{
    /// <summary>Entries per skip block.</summary>
    public const int BlockSize = 32;

    private readonly int[] _columnStarts;
    private readonly int _firstId;

    internal PostingsSegment(byte[] data, int[] termStart, int[] termDocs, int[] blockStart, int[] blockLast, int[] blockOffset,
        int[] reportIds, int[] columnStarts)
    {
        Data = data;
        TermStart = termStart;
        TermDocs = termDocs;
        BlockStart = blockStart;
        BlockLast = blockLast;
        BlockOffset = blockOffset;
        ReportIds = reportIds;
        _columnStarts = columnStarts;
        _firstId = reportIds.Length == 0 ? 0 : reportIds[0];
    }

    /// <summary>Every term's entries, term after term.</summary>
    internal byte[] Data { get; }

    /// <summary>Where term <c>t</c>'s entries start in <see cref="Data"/> (length: term ids + 1; the last is the end).</summary>
    internal int[] TermStart { get; }

    /// <summary>How many reports of this segment hold term <c>t</c>.</summary>
    internal int[] TermDocs { get; }

    /// <summary>Term <c>t</c>'s first block in <see cref="BlockLast"/>/<see cref="BlockOffset"/>.</summary>
    internal int[] BlockStart { get; }

    /// <summary>The last report id of each block.</summary>
    internal int[] BlockLast { get; }

    /// <summary>Where each block's first entry starts in <see cref="Data"/>.</summary>
    internal int[] BlockOffset { get; }

    /// <summary>The reports this segment holds, ascending.</summary>
    public int[] ReportIds { get; }

    /// <summary>Term ids this segment knows (ids at or above have no reports here).</summary>
    public int TermCapacity => TermDocs.Length;

    /// <summary>Reports holding term <paramref name="term"/> here.</summary>
    public int DocCount(int term) => term >= 0 && term < TermDocs.Length ? TermDocs[term] : 0;

    /// <summary>
    /// Where each column's positions start in report <paramref name="doc"/> (one of <see cref="ReportIds"/>), in
    /// <see cref="PostingsBlob.ColumnOrder"/>, then the report's end: <see cref="PostingsBlob.Starts"/> entries.
    /// </summary>
    internal ReadOnlySpan<int> ColumnStarts(int doc) => _columnStarts.AsSpan((doc - _firstId) * PostingsBlob.Starts, PostingsBlob.Starts);

    /// <summary>Bytes held (for the memory figure the benchmark prints).</summary>
    public long Bytes => Data.LongLength + 4L * TermStart.Length + 4L * TermDocs.Length + 4L * BlockStart.Length +
                         8L * BlockLast.Length + 4L * ReportIds.Length + 4L * _columnStarts.Length;
}
