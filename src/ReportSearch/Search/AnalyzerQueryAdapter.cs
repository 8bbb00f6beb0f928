using ReportSearch.Analysis;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// The query builder's view of the <see cref="Analyzer"/>: words are its number and Latin terms; grams are a run's
/// bigrams without the closing single character the index adds (in a report the run may go on), a single character
/// giving itself.
/// </summary>
public sealed class AnalyzerQueryAdapter(Analyzer analyzer) : IQueryAnalyzer
{
    public IReadOnlyList<string> Words(string text) => analyzer.Words(text).Select(t => t.Term).ToList();

    public IReadOnlyList<string> Grams(string text)
    {
        var grams = analyzer.Grams(text);
        if (grams.Count <= 1) return grams.Select(t => t.Term).ToList();
        return grams.Where(t => !IsOneCharacter(t.Term)).Select(t => t.Term).ToList();
    }

    private static bool IsOneCharacter(string term) => term.Length == 1 || (term.Length == 2 && char.IsSurrogatePair(term[0], term[1]));
}
