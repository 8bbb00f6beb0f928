namespace ReportSearch.Ingest.Normalization;

/// <summary>
/// Step 4: spaces. Ideographic, no-break and typographic spaces become ' '; spaces at either end of a line or of a
/// tab-separated cell go; a run of spaces between two CJK characters goes (Chinese is written without them:
/// 深入 。 → 深入。, （一） 予以公开 → （一）予以公开); any other run of spaces becomes a single space.
/// Tabs and newlines are layout and are kept as they are.
/// </summary>
public sealed class SpaceStep : SpecialCharacterStep
{
    public SpaceStep() : base(" \u3000\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F")
    {
    }

    protected override int Rewrite(ReadOnlySpan<char> input, int at, CharBuffer output)
    {
        var runEnd = at + 1;
        while (runEnd < input.Length && ChineseCharacters.IsSpace(input[runEnd])) runEnd++;
        if (KeepsSpace(output, input, runEnd)) output.Append(' ');
        return runEnd;
    }

    /// <summary>Whether a run of spaces between what is written so far and <c>input[next]</c> stays as one space.</summary>
    private static bool KeepsSpace(CharBuffer output, ReadOnlySpan<char> input, int next)
    {
        if (next >= input.Length || input[next] is '\n' or '\t') return false; // end of line or cell
        if (output.Length == 0 || output.Last is '\n' or '\t') return false;      // start of line or cell
        return !(ChineseCharacters.EndsWithCjk(output.Span, output.Length) && ChineseCharacters.StartsWithCjk(input, next));
    }
}
