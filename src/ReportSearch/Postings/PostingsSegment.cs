namespace ReportSearch.Postings;

/// <summary>
/// The inverted index of a set of reports, held in a few flat arrays (no object per term): for every term id, its
/// reports in ascending id order, each entry <c>varint id delta, varint body length, body</c> in <see cref="Data"/>
/// (the body is the term's body from the report's postings blob: columns, counts, positions). Every
/// <see cref="BlockSize"/> entries start a block whose last report id and offset are kept, so a cursor can skip
/// ahead without decoding what it skips. Immutable once built; shared by every searcher of an index.
/// </summary>
public sealed class PostingsSegment
{
    /// <summary>Entries per skip block.</summary>
    public const int BlockSize = 32;

    internal PostingsSegment(byte[] data, long[] termStart, int[] termDocs, int[] blockStart, int[] blockLast, long[] blockOffset, int[] reportIds)
    {
        Data = data;
        TermStart = termStart;
        TermDocs = termDocs;
        BlockStart = blockStart;
        BlockLast = blockLast;
        BlockOffset = blockOffset;
        ReportIds = reportIds;
    }

    /// <summary>Every term's entries, term after term.</summary>
    internal byte[] Data { get; }

    /// <summary>Where term <c>t</c>'s entries start in <see cref="Data"/> (length: term ids + 1; the last is the end).</summary>
    internal long[] TermStart { get; }

    /// <summary>How many reports of this segment hold term <c>t</c>.</summary>
    internal int[] TermDocs { get; }

    /// <summary>Term <c>t</c>'s first block in <see cref="BlockLast"/>/<see cref="BlockOffset"/>.</summary>
    internal int[] BlockStart { get; }

    /// <summary>The last report id of each block.</summary>
    internal int[] BlockLast { get; }

    /// <summary>Where each block's first entry starts in <see cref="Data"/>.</summary>
    internal long[] BlockOffset { get; }

    /// <summary>The reports this segment holds, ascending.</summary>
    public int[] ReportIds { get; }

    /// <summary>Term ids this segment knows (ids at or above have no reports here).</summary>
    public int TermCapacity => TermDocs.Length;

    /// <summary>Reports holding term <paramref name="term"/> here.</summary>
    public int DocCount(int term) => term >= 0 && term < TermDocs.Length ? TermDocs[term] : 0;

    /// <summary>Bytes held (for the memory figure the benchmark prints).</summary>
    public long Bytes => Data.LongLength + 8L * TermStart.Length + 4L * TermDocs.Length + 4L * BlockStart.Length +
                         12L * BlockLast.Length + 4L * ReportIds.Length;
}
