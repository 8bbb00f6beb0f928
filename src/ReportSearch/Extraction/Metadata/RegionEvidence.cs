using ReportSearch.Divisions;

namespace ReportSearch.Extraction.Metadata;

/// <summary>
/// How much each place name in a report says about where the report comes from: the title and the issuing body
/// most, then the preamble and the signature, then the prose (where other places' documents are cited).
/// A name counts once, at the weight of its most telling occurrence.
/// </summary>
internal static class RegionEvidence
{
    public const int Strong = 8;
    public const int Medium = 4;
    public const int Weak = 1;

    public static int WeightAt(ReportLayout layout, IssuingBody? body, int offset) =>
        body is not null && offset >= body.Start && offset < body.End ? Strong
        : layout.ZoneOf(offset) switch
        {
            EvidenceZone.Head => Strong,
            EvidenceZone.Preamble or EvidenceZone.Tail => Medium,
            _ => Weak,
        };

    /// <summary>
    /// Every name above <paramref name="level"/> in the text with its weight, except the names written right before
    /// the target in the prose: in a 城关镇 report, 赴嵩县城关镇学习 is about another 城关镇. A name written as the
    /// writer's superior (在涉县委…领导下) counts at least as much as the preamble.
    /// </summary>
    public static Dictionary<DivisionName, int> NamesAbove(DivisionName target, DivisionLevel level, IReadOnlyList<NameMention> mentions,
                                                            ReportLayout layout, IssuingBody? body)
    {
        var weights = new Dictionary<DivisionName, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!IssuingBodyFinder.HasLevelAbove(m, level)) continue;
            var weight = WeightAt(layout, body, m.Start);
            if (weight < Medium && BeginsChainTo(target, level, mentions, i)) continue;
            // 在涉县委、县政府的正确领导下 names the writer's own superior wherever it stands; a county visited or
            // cited in the same prose must not tie with it.
            if (weight < Medium && GoverningFrame.Surrounds(layout.Text, m)) weight = Medium;
            if (!weights.TryGetValue(m.Name, out var known) || known < weight) weights[m.Name] = weight;
        }
        weights.Remove(target);
        return weights;
    }

    private static bool BeginsChainTo(DivisionName target, DivisionLevel level, IReadOnlyList<NameMention> mentions, int index)
    {
        for (var j = index + 1; j < mentions.Count && mentions[j].Start == mentions[j - 1].End; j++)
        {
            if (ReferenceEquals(mentions[j].Name, target)) return true;
            if (!IssuingBodyFinder.HasLevelAbove(mentions[j], level)) return false;
        }
        return false;
    }

    /// <summary>
    /// The names written right before each occurrence of the target (济宁市兖州区 before 小孟镇), strongest first.
    /// </summary>
    public static List<(IReadOnlyList<DivisionName> Names, int Weight)> ChainsBefore(DivisionName target, DivisionLevel level,
        IReadOnlyList<NameMention> mentions, ReportLayout layout, IssuingBody? body)
    {
        var chains = new List<(IReadOnlyList<DivisionName> Names, int Weight)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!ReferenceEquals(mentions[i].Name, target)) continue;
            var names = new List<DivisionName>();
            for (var j = i; j > 0 && mentions[j - 1].End == mentions[j].Start && IssuingBodyFinder.HasLevelAbove(mentions[j - 1], level); j--)
                names.Add(mentions[j - 1].Name);
            if (names.Count > 0) chains.Add((names, WeightAt(layout, body, mentions[i].Start)));
        }
        chains.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        return chains;
    }
}
