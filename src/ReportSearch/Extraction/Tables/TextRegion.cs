namespace ReportSearch.Extraction.Tables;

/// <summary>A span of the normalised text, <c>[Start, End)</c>.</summary>
public readonly record struct TextRegion(int Start, int End);
