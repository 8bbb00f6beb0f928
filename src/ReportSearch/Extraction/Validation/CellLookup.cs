namespace ReportSearch.Extraction.Validation;

/// <summary>
/// Finds a table cell by row and column ("row.column") without building the key as a string: the checks look up
/// several hundred cells a report, and a string for each was most of what validation allocated. Dictionaries
/// with the default string comparer are searched by span; any other dictionary gets the key as a string.
/// </summary>
internal readonly struct CellLookup
{
    private const int MaxStackKey = 128;
    private readonly IReadOnlyDictionary<string, double> _cells;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly bool _hasSpanLookup;

    public CellLookup(IReadOnlyDictionary<string, double> cells)
    {
        _cells = cells;
        _hasSpanLookup = cells is Dictionary<string, double> dictionary && dictionary.TryGetAlternateLookup(out _bySpan);
    }

    public bool TryGet(ReadOnlySpan<char> row, string column, out double value)
    {
        var length = row.Length + 1 + column.Length;
        if (!_hasSpanLookup || length > MaxStackKey) return _cells.TryGetValue(string.Concat(row, ".", column), out value);
        Span<char> key = stackalloc char[length];
        row.CopyTo(key);
        key[row.Length] = '.';
        column.CopyTo(key[(row.Length + 1)..]);
        return _bySpan.TryGetValue(key, out value);
    }
}
