using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// How alike two findings are: the Jaccard overlap of their taxonomy categories, the Jaccard overlap of the
/// character bigrams of their normalised text (<see cref="ComparableText"/>), and whether the normalised texts are
/// equal (a word-for-word repeat: punctuation and markers aside, not one character differs).
/// </summary>
public sealed record FindingSimilarity(double Categories, double Text, bool Verbatim)
{
    /// <summary>Orders candidate pairs: a verbatim repeat first, then by categories and text together.</summary>
    public double Score => (Verbatim ? 2 : 0) + Categories + Text;

    public static FindingSimilarity Of(ComparableFinding a, ComparableFinding b) =>
        new(ComparableText.Jaccard(a.Categories, b.Categories), ComparableText.Jaccard(a.Bigrams, b.Bigrams), a.Normalized == b.Normalized);
}

/// <summary>A finding with its normalised text, bigrams and category set computed once.</summary>
public sealed record ComparableFinding(Finding Finding, string Normalized, HashSet<int> Bigrams, HashSet<string> Categories)
{
    public static ComparableFinding Of(Finding finding)
    {
        var normalized = ComparableText.Normalize(string.IsNullOrEmpty(finding.Text) ? finding.Title : finding.Text);
        return new(finding, normalized, ComparableText.Bigrams(normalized), finding.Categories.ToHashSet(StringComparer.Ordinal));
    }
}

/// <summary>
/// When a problem counts as "reported again" (the issue: same category and similar text). Rewordings of one
/// problem often share few characters (人员配置有限 / 缺少专职工作人员), so equal category sets carry a match on their
/// own; a partial category overlap needs some shared wording; and a text this close is the same problem even when
/// the tagger labelled the two differently. Figures in docs/compare-quality.md.
/// </summary>
public sealed record FindingMatchRule(
    double MinTextWithSameCategories = 0.0,
    double MinTextWithSharedCategory = 0.3,
    double MinTextAlone = 0.6)
{
    public static readonly FindingMatchRule Default = new();

    public bool IsSameProblem(FindingSimilarity s) =>
        s.Verbatim
        || s.Text >= MinTextAlone
        || (s.Categories >= 1.0 && s.Text >= MinTextWithSameCategories)
        || (s.Categories > 0 && s.Text >= MinTextWithSharedCategory);
}
