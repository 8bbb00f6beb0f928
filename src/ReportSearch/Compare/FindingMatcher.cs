using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>A problem of this year matched to last year's: <see cref="Similarity"/> says how alike, and whether word for word.</summary>
public sealed record RepeatedFinding(Finding Previous, Finding Current, FindingSimilarity Similarity)
{
    public bool Verbatim => Similarity.Verbatim;
}

/// <summary>Last year's problems against this year's: reported again, new this year, no longer reported.</summary>
public sealed record FindingChanges(IReadOnlyList<RepeatedFinding> Repeated, IReadOnlyList<Finding> New, IReadOnlyList<Finding> NoLongerReported);

/// <summary>
/// Pairs last year's findings with this year's one to one: every pair the <see cref="FindingMatchRule"/> accepts is a
/// candidate, and candidates are taken best first (greedy on <see cref="FindingSimilarity.Score"/>), which for the
/// handful of items a report holds is as good as an optimal assignment and far simpler.
/// </summary>
public sealed class FindingMatcher(FindingMatchRule? rule = null)
{
    private readonly FindingMatchRule _rule = rule ?? FindingMatchRule.Default;

    public FindingChanges Match(IReadOnlyList<Finding> previous, IReadOnlyList<Finding> current)
    {
        var before = previous.Select(ComparableFinding.Of).ToList();
        var now = current.Select(ComparableFinding.Of).ToList();
        var candidates = new List<(int Before, int Now, FindingSimilarity Similarity)>();
        for (var i = 0; i < before.Count; i++)
            for (var j = 0; j < now.Count; j++)
            {
                var s = FindingSimilarity.Of(before[i], now[j]);
                if (_rule.IsSameProblem(s)) candidates.Add((i, j, s));
            }

        var usedBefore = new bool[before.Count];
        var usedNow = new bool[now.Count];
        var repeated = new List<(int Now, RepeatedFinding Pair)>();
        // Ties broken by position so the result never depends on sort stability.
        foreach (var c in candidates.OrderByDescending(c => c.Similarity.Score).ThenBy(c => c.Now).ThenBy(c => c.Before))
        {
            if (usedBefore[c.Before] || usedNow[c.Now]) continue;
            usedBefore[c.Before] = usedNow[c.Now] = true;
            repeated.Add((c.Now, new RepeatedFinding(previous[c.Before], current[c.Now], c.Similarity)));
        }
        return new FindingChanges(
            repeated.OrderBy(r => r.Now).Select(r => r.Pair).ToList(),
            current.Where((_, j) => !usedNow[j]).ToList(),
            previous.Where((_, i) => !usedBefore[i]).ToList());
    }
}
