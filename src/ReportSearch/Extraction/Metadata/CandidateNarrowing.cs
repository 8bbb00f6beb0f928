using ReportSearch.Divisions;

namespace ReportSearch.Extraction.Metadata;

/// <summary>
/// What the evidence leaves of the divisions a name could mean: <see cref="Candidates"/> in code order, and
/// whether the text settles one of them (<see cref="Settled"/>) or contradicts the list (<see cref="Contradicted"/>).
/// </summary>
internal sealed record Narrowed(IReadOnlyList<Division> Candidates, bool Settled, bool Contradicted);

/// <summary>
/// Narrows the divisions a target name could mean. Names written right before it (尉氏县张市镇) in the telling parts
/// of the report filter first; then
/// each candidate scores the weights of the names in the text that are its ancestors, and the best-scored stay.
/// One candidate left is settled unless the text points elsewhere at least as strongly as it supports it:
/// a name unique in the whole country still needs the text not to contradict it.
/// </summary>
internal sealed class CandidateNarrowing(DivisionTable divisions)
{
    public Narrowed Narrow(IReadOnlyList<Division> initial, IReadOnlyList<(IReadOnlyList<DivisionName> Names, int Weight)> chains,
                           IReadOnlyDictionary<DivisionName, int> evidence)
    {
        var candidates = initial as List<Division> ?? initial.ToList();
        // Chains come strongest first. Only those in the title, body, preamble or signature filter: in the prose,
        // 赴嵩县城关镇学习 names another 城关镇, and its names count below as ordinary evidence. A weaker chain that
        // disagrees with a stronger one is about another place; chains of equal strength that disagree contradict.
        var contradicted = false;
        var strongest = chains.Count > 0 ? chains[0].Weight : 0;
        foreach (var (names, weight) in chains)
        {
            if (weight < RegionEvidence.Medium) break;
            var kept = candidates.FindAll(c => AllContain(names, c));
            if (kept.Count > 0) candidates = kept;
            else if (weight == strongest) contradicted = true;
        }

        var scores = new int[candidates.Count];
        var best = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            foreach (var (name, weight) in evidence)
                if (Contains(name, candidates[i])) scores[i] += weight;
            best = Math.Max(best, scores[i]);
        }
        var winners = new List<Division>();
        for (var i = 0; i < candidates.Count; i++)
            if (scores[i] == best) winners.Add(candidates[i]);
        if (winners.Count != 1) return new Narrowed(winners, false, contradicted);

        var winner = winners[0];
        var province = winner.Code[..Math.Min(2, winner.Code.Length)]; // codes nest: the first two digits name the province
        var conflict = 0;
        foreach (var (name, weight) in evidence)
            if (!InProvince(name, province)) conflict = Math.Max(conflict, weight);
        var outweighed = conflict > best;
        return new Narrowed(winners, !contradicted && !outweighed, contradicted || outweighed);
    }

    private bool AllContain(IReadOnlyList<DivisionName> names, Division candidate)
    {
        foreach (var name in names)
            if (!Contains(name, candidate)) return false;
        return true;
    }

    /// <summary>Whether one of the divisions the name can mean holds the candidate.</summary>
    private bool Contains(DivisionName name, Division candidate)
    {
        foreach (var d in name.Divisions)
            if (divisions.IsWithin(candidate, d)) return true;
        return false;
    }

    private static bool InProvince(DivisionName name, string provinceCode)
    {
        foreach (var d in name.Divisions)
            if (d.Code.StartsWith(provinceCode, StringComparison.Ordinal)) return true;
        return false;
    }
}
