using ReportSearch.Analysis;
using ReportSearch.Analysis.Highlighting;
using ReportSearch.Index;

namespace ReportSearch.Search;

/// <summary>
/// Where a hit's text holds the query's phrases, for snippets: the spans <see cref="Highlighter"/> gives, found
/// without cutting the whole text into grams. A phrase of bigrams matches exactly where its characters occur in the
/// folded text (bigrams never span a closing single character, so a match lies inside one Chinese run), and a
/// one-character prefix wherever that character occurs; only phrases of numbers and Latin words need the text's
/// word tokens, which are few.
/// </summary>
internal sealed class MatchLocator(Analyzer analyzer)
{
    /// <summary>The spans to mark in <paramref name="text"/> (the normalised text), in order, merged.</summary>
    public IReadOnlyList<TextSpan> Spans(string text, IReadOnlyList<QueryPhrase> phrases)
    {
        if (phrases.Count == 0) return [];
        var folded = analyzer.Fold(text);
        var spans = new List<TextSpan>();
        List<QueryPhrase>? wordPhrases = null;
        foreach (var phrase in phrases)
        {
            if (phrase.Terms.Count == 0) continue;
            if (phrase.Column != TokenColumns.GramsColumn)
            {
                (wordPhrases ??= []).Add(phrase);
                continue;
            }
            var needle = Characters(phrase);
            if (needle is null)
            {
                // Not a plain run of bigrams (never made by the query side): the token-by-token way.
                spans.AddRange(Highlighter.Spans(IndexTokenizer.Split(folded, words: false, grams: true), [phrase]));
                continue;
            }
            for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
                spans.Add(new TextSpan(at, at + needle.Length));
        }
        if (wordPhrases is not null) spans.AddRange(Highlighter.Spans(IndexTokenizer.Split(folded, words: true, grams: false), wordPhrases));
        return Highlighter.Merge(spans);
    }

    // The characters a phrase of overlapping bigrams spells (人员 员不 不足 → 人员不足), or one character for a prefix.
    private static string? Characters(QueryPhrase phrase)
    {
        if (phrase.IsPrefix) return phrase.Terms.Count == 1 && IsCharacters(phrase.Terms[0], 1) ? phrase.Terms[0] : null;
        if (!phrase.Terms.All(t => IsCharacters(t, 2))) return null;
        var spelled = phrase.Terms[0];
        for (var i = 1; i < phrase.Terms.Count; i++)
        {
            var previousSecond = phrase.Terms[i - 1][FirstLength(phrase.Terms[i - 1])..];
            if (!phrase.Terms[i].StartsWith(previousSecond, StringComparison.Ordinal)) return null;
            spelled += phrase.Terms[i][FirstLength(phrase.Terms[i])..];
        }
        return spelled;
    }

    private static bool IsCharacters(string term, int count) => term.EnumerateRunes().Count() == count &&
        term.EnumerateRunes().All(r => ScriptRunTokenizer.Split(r.ToString()) is [{ Kind: ScriptRunKind.Cjk }]);

    private static int FirstLength(string term) => char.IsHighSurrogate(term[0]) ? 2 : 1;
}
