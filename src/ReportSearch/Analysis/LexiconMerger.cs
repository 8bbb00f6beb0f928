namespace ReportSearch.Analysis;

/// <summary>
/// Turns ICU's boundaries inside a Chinese run into words, keeping lexicon terms whole: wherever a word may start
/// (a run start, an ICU boundary, the end of a previous term) the longest lexicon term starting there wins, even
/// across ICU's breaks (微/信/公众/号 → 微信公众号, 张/市镇 → 张市镇); elsewhere ICU's segments stay as they are.
/// </summary>
internal sealed class LexiconMerger(DomainLexicon lexicon)
{
    /// <summary>
    /// Appends the words of <paramref name="run"/>. <paramref name="first"/> is the index in
    /// <paramref name="boundaries"/> of the run's start; returns the index just after the run's end.
    /// </summary>
    public int AddWords(string folded, ScriptRun run, List<int> boundaries, int first, List<Token> words)
    {
        var k = first;
        var position = run.Start;
        while (position < run.End)
        {
            var termLength = lexicon.LongestMatchAt(folded.AsSpan(position, run.End - position));
            int stop;
            if (termLength > 0)
            {
                stop = position + termLength;
            }
            else
            {
                while (boundaries[k] <= position) k++;
                stop = boundaries[k];
            }
            words.Add(new Token(folded.Substring(position, stop - position), position, stop, TokenKind.Word));
            position = stop;
        }
        while (boundaries[k] < run.End) k++;
        return k + 1;
    }
}
