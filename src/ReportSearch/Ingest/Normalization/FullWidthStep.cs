namespace ReportSearch.Ingest.Normalization;

/// <summary>
/// Step 3: full-width digits and Latin letters become ASCII (２０２１ → 2021), ％ becomes %, and ． between two digits
/// becomes '.', so numbers read the same however they were typed. Other full-width punctuation is kept: it is the
/// template's own.
/// </summary>
public sealed class FullWidthStep : SpecialCharacterStep
{
    public FullWidthStep() : base(BuildSpecial())
    {
    }

    protected override int Rewrite(ReadOnlySpan<char> input, int at, CharBuffer output)
    {
        var c = input[at];
        if (c == '％') output.Append('%');
        else if (c == '．') output.Append(IsDigitBefore(input, at) && IsDigitAfter(input, at) ? '.' : c);
        else output.Append(FoldLetterOrDigit(c));
        return at + 1;
    }

    /// <summary>The ASCII form of a full-width digit or Latin letter; any other character is returned as it is.</summary>
    public static char FoldLetterOrDigit(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        _ => c,
    };

    private static bool IsDigitBefore(ReadOnlySpan<char> text, int index) =>
        index > 0 && char.IsAsciiDigit(FoldLetterOrDigit(text[index - 1]));

    // ⒈ to ⒛ become "1." to "20." in the punctuation step, so they count as digits here already.
    private static bool IsDigitAfter(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length &&
        (char.IsAsciiDigit(FoldLetterOrDigit(text[index + 1])) || text[index + 1] is >= '\u2488' and <= '\u249B');

    private static string BuildSpecial()
    {
        var chars = new List<char> { '％', '．' };
        for (var c = '０'; c <= '９'; c++) chars.Add(c);
        for (var c = 'Ａ'; c <= 'Ｚ'; c++) chars.Add(c);
        for (var c = 'ａ'; c <= 'ｚ'; c++) chars.Add(c);
        return new string(chars.ToArray());
    }
}
