namespace ReportSearch.Query;

/// <summary>
/// What <see cref="QueryPlanBuilder"/> needs from the Chinese analyzer: the same folding and token making as when
/// the two FTS5 columns were filled, applied to one piece of a query at a time.
/// </summary>
public interface IQueryAnalyzer
{
    /// <summary>
    /// The <c>words</c>-column terms of a run of letters and digits, possibly joined by punctuation or spaces
    /// (<c>App</c> → app, <c>12.5</c> → 12 5, <c>open data</c> → open data), folded as the index folds them.
    /// </summary>
    IReadOnlyList<string> Words(string text);

    /// <summary>
    /// The <c>grams</c>-column terms of a run of Chinese characters: its overlapping bigrams, folded as the index
    /// folds them (人員不足 → 人员 员不 不足), without a closing single character (in a report the run may go on).
    /// A single character gives itself (人 → 人).
    /// </summary>
    IReadOnlyList<string> Grams(string text);
}
