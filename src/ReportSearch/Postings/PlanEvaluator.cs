using ReportSearch.Index;
using ReportSearch.Query;

namespace ReportSearch.Postings;

/// <summary>
/// Evaluates a <see cref="TextPlan"/> on a <see cref="PostingsSnapshot"/>: each phrase on the base segment (without
/// its dead reports) and the delta, scored with <see cref="Bm25"/> and the column weights of
/// <see cref="FtsLayout.Weights"/>; AND, OR and NOT as merges of the sorted results. Columns can be restricted to a
/// section's pair (<see cref="ColumnsOf"/>). One evaluation at a time per instance (it reuses buffers).
/// </summary>
public sealed class PlanEvaluator
{
    private readonly PhraseMatcher _matcher = new(FtsLayout.Weights.ToArray());
    // A phrase's matches are collected here (kept between phrases, so they stop growing) and copied out at their size.
    private readonly List<int> _docs = [];
    private readonly List<double> _counts = [];

    /// <summary>Every column.</summary>
    public static readonly int AllColumns = (1 << FtsLayout.Columns.Count) - 1;

    /// <summary>The grams and words columns of a section kind.</summary>
    public static int ColumnsOf(string sectionKind) => 3 << (2 * FtsLayout.GroupOf(sectionKind));

    public ScoredDocs Evaluate(TextPlan plan, PostingsSnapshot snapshot, int columns) => plan switch
    {
        PhrasePlan phrase => Phrase(phrase, snapshot, columns),
        AllPlan all => all.Children.Select(c => Evaluate(c, snapshot, columns)).OrderBy(d => d.Count).Aggregate(ScoredDocs.And),
        AnyPlan any => any.Children.Select(c => Evaluate(c, snapshot, columns)).Aggregate(ScoredDocs.Or),
        ExceptPlan except => ScoredDocs.Except(Evaluate(except.Include, snapshot, columns), Evaluate(except.Exclude, snapshot, columns)),
        _ => throw new ArgumentException($"unknown plan node {plan.GetType().Name}", nameof(plan)),
    };

    private ScoredDocs Phrase(PhrasePlan phrase, PostingsSnapshot snapshot, int columns)
    {
        var terms = new int[phrase.Terms.Count][];
        for (var i = 0; i < terms.Length; i++)
        {
            if (phrase.Prefix && i == terms.Length - 1) terms[i] = snapshot.Lexicon.WithPrefix(phrase.Terms[i]);
            else terms[i] = snapshot.Lexicon.Find(phrase.Terms[i]) is var id and >= 0 ? [id] : [];
        }
        var docs = _docs;
        var counts = _counts;
        docs.Clear();
        counts.Clear();
        var offsets = Enumerable.Range(0, terms.Length).ToArray();
        _matcher.Match(snapshot.Base, terms, offsets, columns, snapshot.BaseDead, docs, counts);
        var fromBase = docs.Count;
        _matcher.Match(snapshot.Delta, terms, offsets, columns, [], docs, counts);
        var ids = docs.ToArray();
        var weighted = counts.ToArray();
        // Delta reports usually have higher ids than every base report; when not, one sort puts them in place.
        if (fromBase > 0 && fromBase < ids.Length && ids[fromBase] < ids[fromBase - 1]) Array.Sort(ids, weighted);
        var idf = Bm25.Idf(ids.Length, snapshot.Reports);
        var scores = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++)
            scores[i] = Bm25.Score(idf, weighted[i], snapshot.Lengths[ids[i]], snapshot.AverageLength);
        return new ScoredDocs(ids, scores);
    }
}
