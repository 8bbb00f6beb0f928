namespace ReportSearch.Ingest.Normalization;

/// <summary>
/// Step 5: punctuation as the template writes it. ASCII <c>, ; : ( ) ! ?</c> become <c>，；：（）！？</c> unless the
/// characters on both sides (skipping spaces, within the line and cell) are ASCII, so <c>https://</c>, <c>1,000</c>
/// and <c>a:b</c> stay while <c>(2）</c> becomes <c>（2）</c>. ⑴…⒇ become （1）…（20）and ⒈…⒛ become 1.…20.
/// </summary>
/// <remarks>
/// Adjacent marks (spaces between them allowed) are decided together: converting one would make its neighbour's
/// neighbour non-ASCII, so a second run would convert that one too. A space that ends up between a converted mark
/// and a CJK character is dropped, as the space step would have done.
/// </remarks>
public sealed class PunctuationStep : SpecialCharacterStep
{
    public PunctuationStep() : base(BuildSpecial())
    {
    }

    protected override int Rewrite(ReadOnlySpan<char> input, int at, CharBuffer output)
    {
        var c = input[at];
        if (c is >= '\u2474' and <= '\u2487')
        {
            output.Append('（');
            AppendNumber(output, c - '\u2474' + 1);
            output.Append('）');
            return at + 1;
        }
        if (c is >= '\u2488' and <= '\u249B')
        {
            AppendNumber(output, c - '\u2488' + 1);
            output.Append('.');
            return at + 1;
        }
        return ConvertGroup(input, at, output);
    }

    /// <summary>Writes the run of ASCII marks starting at <paramref name="start"/>; returns the index after it.</summary>
    private static int ConvertGroup(ReadOnlySpan<char> input, int start, CharBuffer output)
    {
        var end = start + 1;      // after the last mark
        var scan = start + 1;     // after the last mark or space
        while (scan < input.Length && (IsAsciiMark(input[scan]) || input[scan] == ' '))
        {
            scan++;
            if (IsAsciiMark(input[scan - 1])) end = scan;
        }
        var next = end;
        while (next < input.Length && input[next] == ' ') next++;

        var keep = IsAsciiNeighbour(PreviousNonSpace(output)) && IsAsciiNeighbour(FinalFirstChar(input, next));
        if (keep)
        {
            output.Append(input[start..end]);
            return end;
        }

        DropSpacesAfterCjk(output);
        foreach (var c in input[start..end])
            if (c != ' ') output.Append(FullWidth(c));
        // The spaces after the group stay only when what follows is not CJK.
        return next < input.Length && ChineseCharacters.IsCjk(FinalFirstChar(input, next)) ? next : end;
    }

    private static void DropSpacesAfterCjk(CharBuffer output)
    {
        var end = output.Length;
        while (end > 0 && output[end - 1] == ' ') end--;
        if (end < output.Length && ChineseCharacters.EndsWithCjk(output.Span, end)) output.Truncate(end);
    }

    private static char PreviousNonSpace(CharBuffer output)
    {
        for (var i = output.Length - 1; i >= 0; i--)
            if (output[i] != ' ') return output[i];
        return '\n';
    }

    /// <summary>The first character that <c>input[index]</c> will be once this step has run ('\n' past the end).</summary>
    private static char FinalFirstChar(ReadOnlySpan<char> input, int index)
    {
        if (index >= input.Length) return '\n';
        var c = input[index];
        if (c is >= '\u2474' and <= '\u2487') return '（';
        if (c is >= '\u2488' and <= '\u249B')
        {
            var n = c - '\u2488' + 1;
            return (char)('0' + (n >= 10 ? n / 10 : n));
        }
        return c;
    }

    // Line and cell boundaries count as non-ASCII: a mark that opens or closes a line is the template's.
    private static bool IsAsciiNeighbour(char c) => c < 0x80 && c != '\n' && c != '\t';

    private static bool IsAsciiMark(char c) => c is ',' or ';' or ':' or '(' or ')' or '!' or '?';

    private static char FullWidth(char c) => c switch
    {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '(' => '（',
        ')' => '）',
        '!' => '！',
        '?' => '？',
        _ => c,
    };

    private static void AppendNumber(CharBuffer output, int n)
    {
        if (n >= 10) output.Append((char)('0' + n / 10));
        output.Append((char)('0' + n % 10));
    }

    private static string BuildSpecial()
    {
        var chars = new List<char> { ',', ';', ':', '(', ')', '!', '?' };
        for (var c = '\u2474'; c <= '\u249B'; c++) chars.Add(c);
        return new string(chars.ToArray());
    }
}
