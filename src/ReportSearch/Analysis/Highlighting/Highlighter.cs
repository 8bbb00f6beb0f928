namespace ReportSearch.Analysis.Highlighting;

/// <summary>
/// Finds where a query matched a text, as exact character spans of the ORIGINAL text: each phrase is matched the
/// way FTS5 matches it (consecutive terms in its column), each match covers its first token's start to its last
/// token's end, and overlapping or touching spans are merged (人员不足 matched as 人员 员不 不足 marks four
/// characters, once).
/// </summary>
public sealed class Highlighter(Analyzer analyzer)
{
    /// <summary>The spans of <paramref name="text"/> to mark for these query phrases, in order, disjoint.</summary>
    public IReadOnlyList<TextSpan> Spans(string text, IEnumerable<QueryPhrase> phrases) =>
        Spans(analyzer.Analyze(text), phrases);

    /// <summary>The same, for a text already analysed.</summary>
    public static IReadOnlyList<TextSpan> Spans(AnalyzedText analyzed, IEnumerable<QueryPhrase> phrases)
    {
        var spans = new List<TextSpan>();
        foreach (var phrase in phrases)
        {
            if (phrase.Terms.Count == 0) continue;
            var tokens = phrase.Column == TokenColumns.GramsColumn ? analyzed.Grams : analyzed.Words;
            for (var i = 0; i + phrase.Terms.Count <= tokens.Count; i++)
                if (MatchesAt(tokens, i, phrase)) spans.Add(SpanOf(tokens, i, phrase));
        }
        return Merge(spans);
    }

    /// <summary>Spans sorted and merged where they overlap or touch.</summary>
    public static IReadOnlyList<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.Where(s => s.Length > 0).OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            else
                merged.Add(span);
        }
        return merged;
    }

    private static bool MatchesAt(IReadOnlyList<Token> tokens, int first, QueryPhrase phrase)
    {
        var last = phrase.Terms.Count - 1;
        for (var k = 0; k < last; k++)
            if (!string.Equals(tokens[first + k].Term, phrase.Terms[k], StringComparison.Ordinal)) return false;
        var term = tokens[first + last].Term;
        return phrase.IsPrefix
            ? term.StartsWith(phrase.Terms[last], StringComparison.Ordinal)
            : string.Equals(term, phrase.Terms[last], StringComparison.Ordinal);
    }

    // Folding is 1:1, so a prefix of n folded characters covers n original characters.
    private static TextSpan SpanOf(IReadOnlyList<Token> tokens, int first, QueryPhrase phrase)
    {
        var lastToken = tokens[first + phrase.Terms.Count - 1];
        var end = phrase.IsPrefix ? lastToken.Start + phrase.Terms[^1].Length : lastToken.End;
        return new TextSpan(tokens[first].Start, end);
    }
}
