namespace ReportSearch.Ingest.Normalization;

/// <summary>
/// Step 1: one kind of line break and no invisible characters. \r\n, \r, U+2028 and U+2029 become \n; byte-order
/// marks, zero-width characters, direction marks, soft hyphens and control characters other than \t and \n go.
/// </summary>
public sealed class LineBreakAndControlStep : SpecialCharacterStep
{
    public LineBreakAndControlStep() : base(BuildSpecial())
    {
    }

    protected override int Rewrite(ReadOnlySpan<char> input, int at, CharBuffer output)
    {
        var c = input[at++];
        if (c == '\r')
        {
            output.Append('\n');
            if (at < input.Length && input[at] == '\n') at++;
        }
        else if (c == '\u2028' || c == '\u2029')
        {
            output.Append('\n');
        }
        // Everything else in the set is dropped.
        return at;
    }

    private static string BuildSpecial()
    {
        var chars = new List<char>();
        for (var c = '\0'; c < ' '; c++)
            if (c != '\t' && c != '\n') chars.Add(c);
        for (var c = '\u007F'; c <= '\u009F'; c++) chars.Add(c);
        chars.Add('\u00AD');
        for (var c = '\u200B'; c <= '\u200F'; c++) chars.Add(c);
        chars.AddRange(['\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E']);
        for (var c = '\u2060'; c <= '\u2064'; c++) chars.Add(c);
        for (var c = '\u2066'; c <= '\u2069'; c++) chars.Add(c);
        chars.Add('\uFEFF');
        return new string(chars.ToArray());
    }
}
