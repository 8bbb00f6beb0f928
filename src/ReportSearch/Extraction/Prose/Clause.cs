namespace ReportSearch.Extraction.Prose;

/// <summary>A clause of prose (between ，。；！？ or line breaks) with its span in the normalised text.</summary>
public readonly record struct Clause(int Start, int End)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
