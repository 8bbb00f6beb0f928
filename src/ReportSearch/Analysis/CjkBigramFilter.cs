namespace ReportSearch.Analysis;

/// <summary>
/// Cuts a Chinese run into overlapping bigrams (人员不足 → 人员 员不 不足), then closes it with its last character
/// as a unigram (足). So every substring of two or more characters is a phrase of consecutive grams whatever ICU
/// did; the closing unigram keeps two runs from joining into a false phrase (工作，作为 must not match 工作为) and
/// makes every character the start of some gram, so a one-character query is a prefix query (足*). A run of one
/// character is just that unigram.
/// </summary>
internal static class CjkBigramFilter
{
    public static void AddGrams(string folded, ScriptRun run, List<Token> grams)
    {
        var spans = new List<(int Start, int Length)>(run.Length);
        AddGramSpans(folded, run, spans);
        foreach (var (start, length) in spans)
            grams.Add(new Token(folded.Substring(start, length), start, start + length, TokenKind.Gram));
    }

    /// <summary>The same grams as <see cref="AddGrams"/>, as (start, length) in the folded text: no strings made.</summary>
    public static void AddGramSpans(string folded, ScriptRun run, List<(int Start, int Length)> grams)
    {
        var first = run.Start;
        var firstLength = CodePointLength(folded, first, run.End);
        while (first + firstLength < run.End)
        {
            var second = first + firstLength;
            var secondLength = CodePointLength(folded, second, run.End);
            grams.Add((first, second + secondLength - first));
            first = second;
            firstLength = secondLength;
        }
        grams.Add((first, firstLength));
    }

    private static int CodePointLength(string text, int index, int end) =>
        char.IsHighSurrogate(text[index]) && index + 1 < end && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
}
