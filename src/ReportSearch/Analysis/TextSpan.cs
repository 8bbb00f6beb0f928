namespace ReportSearch.Analysis;

/// <summary>A range of characters of a text: UTF-16 offsets, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>How many UTF-16 characters the span covers.</summary>
    public int Length => End - Start;
}
