using ReportSearch.Postings;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// Runs the text part of a query on the in-memory postings: the report ids that match with their bm25 score, with
/// <c>section:</c> filters as column restrictions (every named section must hold the text; the scores add up). The
/// query's other filters may be passed in as the reports allowed: only those are then matched and returned, with the
/// scores an unfiltered run gives them.
/// </summary>
internal sealed class TextMatcher
{
    private readonly PlanEvaluator _evaluator = new();

    /// <summary>Matching ids with scores, or null when the text part selects no rows by itself (filters only, or exclusions only).</summary>
    public ScoredDocs? Include(QueryPlan plan, IReadOnlyList<string> sectionKinds, PostingsSnapshot postings, bool[]? allowed = null)
    {
        if (plan.Include is null) return null;
        ScoredDocs? result = null;
        foreach (var columns in Columns(sectionKinds))
        {
            var docs = _evaluator.Evaluate(plan.Include, postings, columns, allowed);
            result = result is null ? docs : ScoredDocs.And(result, docs);
        }
        return result;
    }

    /// <summary>The ids (ascending) an exclusion-only text part leaves out (empty when it has none).</summary>
    public int[] Excluded(QueryPlan plan, IReadOnlyList<string> sectionKinds, PostingsSnapshot postings, bool[]? allowed = null)
    {
        if (plan.Exclude is null) return [];
        var excluded = ScoredDocs.Empty;
        foreach (var columns in Columns(sectionKinds))
            excluded = ScoredDocs.Or(excluded, _evaluator.Evaluate(plan.Exclude, postings, columns, allowed, scored: false));
        return excluded.Ids;
    }

    private static IEnumerable<int> Columns(IReadOnlyList<string> sectionKinds) =>
        sectionKinds.Count == 0 ? [PlanEvaluator.AllColumns] : sectionKinds.Select(PlanEvaluator.ColumnsOf);
}
