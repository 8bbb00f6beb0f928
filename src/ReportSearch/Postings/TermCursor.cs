using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Walks one term's reports in a <see cref="PostingsSegment"/> in ascending id order. <see cref="Advance"/> skips
/// whole blocks by their last report id (galloping over the block list), so intersecting a rare term with a common
/// one decodes only the common term's blocks that can hold a match.
/// </summary>
internal sealed class TermCursor
{
    /// <summary>The report id after the last one.</summary>
    public const int End = int.MaxValue;

    private readonly PostingsSegment _segment;
    private readonly byte[] _data;
    private readonly int _blockFirst;
    private readonly int _blockEnd;
    private int _at;
    private readonly int _end;
    private int _index = -1;
    private int _previous;
    private int _bodyStart;
    private int _bodyLength;

    public TermCursor(PostingsSegment segment, int term)
    {
        _segment = segment;
        _data = segment.Data;
        if (term < 0 || term >= segment.TermCapacity || segment.TermDocs[term] == 0)
        {
            Doc = End;
            return;
        }
        _at = segment.TermStart[term];
        _end = segment.TermStart[term + 1];
        _blockFirst = segment.BlockStart[term];
        _blockEnd = segment.BlockStart[term + 1];
        Count = segment.TermDocs[term];
        Doc = -1;
    }

    /// <summary>The current report id: -1 before the first <see cref="Next"/>, <see cref="End"/> after the last.</summary>
    public int Doc { get; private set; }

    /// <summary>Reports holding the term in this segment.</summary>
    public int Count { get; }

    /// <summary>The current report's body: the term's occurrences there (<see cref="PostingsSegment"/> describes the bytes).</summary>
    public ReadOnlySpan<byte> Body => _data.AsSpan(_bodyStart, _bodyLength);

    /// <summary>Where the current body starts in the segment's data.</summary>
    public int BodyStart => _bodyStart;

    /// <summary>The current body's length.</summary>
    public int BodyLength => _bodyLength;

    /// <summary>Moves to the next report; false at the end.</summary>
    public bool Next()
    {
        if (_at >= _end)
        {
            Doc = End;
            return false;
        }
        var at = _at;
        _previous += Varint.Read(_data, ref at);
        _bodyStart = at;
        // One occurrence is one varint; several say their positions' byte length.
        var header = Varint.Read(_data, ref at);
        if (!PostingsBlob.Occurrences.IsOne(header)) at += header >>> 1;
        _bodyLength = at - _bodyStart;
        _at = at;
        _index++;
        Doc = _previous;
        return true;
    }

    /// <summary>Moves to the first report at or after <paramref name="target"/>; false when there is none.</summary>
    public bool Advance(int target)
    {
        if (Doc >= target) return Doc != End;
        var block = _blockFirst + Math.Max(0, _index) / PostingsSegment.BlockSize;
        var lasts = _segment.BlockLast;
        if (lasts[block] < target)
        {
            // Gallop to a block whose last id reaches the target, then search back within the last step.
            var step = 1;
            var low = block;
            var high = block + 1;
            while (high < _blockEnd && lasts[high] < target)
            {
                low = high;
                step <<= 1;
                high = Math.Min(_blockEnd, high + step);
            }
            if (high >= _blockEnd && lasts[_blockEnd - 1] < target)
            {
                _at = _end;
                Doc = End;
                return false;
            }
            high = Math.Min(high, _blockEnd - 1);
            while (low + 1 < high)
            {
                var mid = (low + high) >>> 1;
                if (lasts[mid] < target) low = mid;
                else high = mid;
            }
            // Block `high` holds the target or the first id after it; decode it from its start.
            _at = _segment.BlockOffset[high];
            _previous = lasts[high - 1];
            _index = (high - _blockFirst) * PostingsSegment.BlockSize - 1;
        }
        while (Next())
            if (Doc >= target) return true;
        return false;
    }
}
