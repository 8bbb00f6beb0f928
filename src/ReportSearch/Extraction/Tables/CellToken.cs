namespace ReportSearch.Extraction.Tables;

/// <summary>
/// One non-empty cell of a table as text, with its span in the normalised text; <see cref="Number"/> is set when
/// the whole cell is a number.
/// </summary>
public readonly record struct CellToken(int Start, int End, double? Number)
{
    public bool IsNumber => Number.HasValue;
}
