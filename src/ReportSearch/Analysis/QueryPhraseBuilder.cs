namespace ReportSearch.Analysis;

/// <summary>
/// The query side of the chain: turns the runs of a folded query into <see cref="QueryPhrase"/>s. A Chinese run
/// becomes the phrase of its bigrams without the closing unigram (in a report the run may go on past the query's
/// last character); a one-character run becomes a prefix query on grams; letter/digit runs joined by punctuation
/// alone become one phrase of words.
/// </summary>
internal static class QueryPhraseBuilder
{
    public static List<QueryPhrase> Build(string folded, List<ScriptRun> runs)
    {
        var phrases = new List<QueryPhrase>();
        var grams = new List<Token>();
        List<string>? words = null;
        var previousEnd = -1;
        foreach (var run in runs)
        {
            if (run.Kind == ScriptRunKind.Alphanumeric)
            {
                var term = AlphanumericRunFilter.ToToken(folded, run).Term;
                if (words is not null && HasNoSpace(folded.AsSpan(previousEnd, run.Start - previousEnd)))
                {
                    words.Add(term);
                }
                else
                {
                    words = [term];
                    phrases.Add(new QueryPhrase(TokenColumns.WordsColumn, words));
                }
                previousEnd = run.End;
                continue;
            }

            words = null;
            grams.Clear();
            CjkBigramFilter.AddGrams(folded, run, grams);
            phrases.Add(grams.Count == 1
                ? new QueryPhrase(TokenColumns.GramsColumn, [grams[0].Term], IsPrefix: true)
                : new QueryPhrase(TokenColumns.GramsColumn, grams.Take(grams.Count - 1).Select(g => g.Term).ToList()));
        }
        return phrases;
    }

    // Between two letter/digit runs with no Chinese run in between there is only punctuation and space.
    private static bool HasNoSpace(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
            if (char.IsWhiteSpace(c)) return false;
        return true;
    }
}
