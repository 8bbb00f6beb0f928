using ReportSearch.Ingest.Normalization;
using ReportSearch.Model;

namespace ReportSearch.Eval.Scoring;

/// <summary>
/// Pairs truth items with extracted ones: a truth item matches an extracted item whose title or text contains the
/// truth title, both in normalised text (the extraction's offsets and words are those of normalised text). Each
/// extracted item serves one truth item, truth items taken in order.
/// </summary>
public static class FindingMatch
{
    public sealed record Result(IReadOnlyList<(Finding Truth, Finding Extracted)> Pairs, int UnmatchedTruth, int UnmatchedExtracted);

    public static Result Match(IReadOnlyList<Finding> truth, IReadOnlyList<Finding> extracted)
    {
        var used = new bool[extracted.Count];
        var pairs = new List<(Finding, Finding)>();
        foreach (var t in truth)
        {
            var title = TextNormalizer.Default.Normalize(t.Title);
            for (var i = 0; i < extracted.Count; i++)
            {
                if (used[i] || !Contains(extracted[i], title)) continue;
                used[i] = true;
                pairs.Add((t, extracted[i]));
                break;
            }
        }
        return new Result(pairs, truth.Count - pairs.Count, used.Count(u => !u));
    }

    private static bool Contains(Finding item, string title) =>
        TextNormalizer.Default.Normalize(item.Title).Contains(title, StringComparison.Ordinal) ||
        TextNormalizer.Default.Normalize(item.Text).Contains(title, StringComparison.Ordinal);
}
