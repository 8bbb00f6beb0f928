using ReportSearch.Divisions;

namespace ReportSearch.Extraction.Metadata;

/// <summary>
/// What the evidence leaves of the divisions a name could mean: <see cref="Candidates"/> in code order, and
/// whether the text settles one of them (<see cref="Settled"/>) or contradicts the list (<see cref="Contradicted"/>).
/// </summary>
internal sealed record Narrowed(IReadOnlyList<Division> Candidates, bool Settled, bool Contradicted);

/// <summary>
/// Narrows the divisions a target name could mean. Names written right before it (尉氏县张市镇) filter first; then
/// each candidate scores the weights of the names in the text that are its ancestors, and the best-scored stay.
/// One candidate left is settled unless the text points elsewhere at least as strongly as it supports it:
/// a name unique in the whole country still needs the text not to contradict it.
/// </summary>
internal sealed class CandidateNarrowing(DivisionTable divisions)
{
    public Narrowed Narrow(IReadOnlyList<Division> initial, IReadOnlyList<(IReadOnlyList<DivisionName> Names, int Weight)> chains,
                           IReadOnlyDictionary<DivisionName, int> evidence)
    {
        var ancestry = initial.ToDictionary(c => c, c => divisions.Ancestors(c).Select(a => a.Code).ToArray());
        var candidates = initial.ToList();
        var contradicted = false;
        foreach (var (names, _) in chains)
        {
            var kept = candidates.Where(c => names.All(n => IsAncestor(n, ancestry[c]))).ToList();
            if (kept.Count == 0) contradicted = true;
            else candidates = kept;
        }

        var scores = candidates.Select(c => evidence.Where(e => IsAncestor(e.Key, ancestry[c])).Sum(e => e.Value)).ToArray();
        var best = scores.Length == 0 ? 0 : scores.Max();
        var winners = candidates.Where((_, i) => scores[i] == best).ToList();
        if (winners.Count != 1) return new Narrowed(winners, false, contradicted);

        var winner = winners[0];
        var province = ancestry[winner].Length == 0 ? winner.Code : ancestry[winner][^1];
        var conflict = evidence.Where(e => !InProvince(e.Key, province)).Select(e => e.Value).DefaultIfEmpty(0).Max();
        var outweighed = conflict > 0 && conflict > best;
        return new Narrowed(winners, !contradicted && !outweighed, contradicted || outweighed);
    }

    private static bool IsAncestor(DivisionName name, string[] ancestorCodes)
    {
        foreach (var d in name.Divisions)
            if (Array.IndexOf(ancestorCodes, d.Code) >= 0) return true;
        return false;
    }

    private static bool InProvince(DivisionName name, string provinceCode)
    {
        foreach (var d in name.Divisions)
            if (d.Code.StartsWith(provinceCode, StringComparison.Ordinal)) return true;
        return false;
    }
}
