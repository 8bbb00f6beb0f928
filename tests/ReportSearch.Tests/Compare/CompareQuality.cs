using ReportSearch.Compare;
using ReportSearch.CorpusGen.History;
using ReportSearch.Model;

namespace ReportSearch.Tests.Compare;

/// <summary>Counts of one measured decision, with precision and recall.</summary>
public sealed record PrecisionRecall(string Name, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public static PrecisionRecall Of<T>(string name, IReadOnlySet<T> found, IReadOnlySet<T> truth) =>
        new(name, found.Count(truth.Contains), found.Count(f => !truth.Contains(f)), truth.Count(t => !found.Contains(t)));

    public override string ToString() =>
        $"{Name,-28} P {Precision:0.000}  R {Recall:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}

/// <summary>
/// Scores the comparisons against a generated corpus's truth/history.json. Problems are compared by title: an
/// extracted finding stands for the truth problem of its report with the same normalised title. Year pairs whose
/// previous report is not the one the truth names (a region misread splits or merges townships) are counted apart.
/// </summary>
public static class CompareQuality
{
    public sealed record Figures(IReadOnlyList<PrecisionRecall> Scores, int YearPairs, int YearPairsMismatched);

    public static Figures ScoreHistory(IReadOnlyList<Report> reports, HistoryTruth history)
    {
        var truthByFile = history.Problems.ToDictionary(p => p.File);
        var yoy = new YearOverYear();
        HashSet<string> foundRepeated = [], foundVerbatim = [], foundNew = [], foundGone = [];
        HashSet<string> trueRepeated = [], trueVerbatim = [], trueNew = [], trueGone = [];
        int pairs = 0, mismatched = 0;
        foreach (var township in reports.GroupBy(TownshipIdentity.Of))
        {
            var result = yoy.Compare(township);
            for (var i = 1; i < result.Years.Count; i++)
            {
                var entry = result.Years[i];
                var previousFile = result.Years[i - 1].Report.File;
                pairs++;
                if (!truthByFile.TryGetValue(entry.Report.File, out var truth) || truth.PreviousFile != previousFile)
                {
                    mismatched++;
                    continue;
                }
                string Key(string before, string now) => $"{entry.Report.File}|{T(before)}|{T(now)}";
                foreach (var r in entry.Problems!.Repeated)
                {
                    foundRepeated.Add(Key(r.Previous.Title, r.Current.Title));
                    if (r.Verbatim) foundVerbatim.Add(Key(r.Previous.Title, r.Current.Title));
                }
                foreach (var f in entry.Problems.New) foundNew.Add(Key("", f.Title));
                foreach (var f in entry.Problems.NoLongerReported) foundGone.Add(Key(f.Title, ""));
                foreach (var t in truth.Verbatim)
                {
                    trueRepeated.Add(Key(t, t));
                    trueVerbatim.Add(Key(t, t));
                }
                foreach (var r in truth.Reworded) trueRepeated.Add(Key(r.PreviousTitle, r.Title));
                foreach (var t in truth.New) trueNew.Add(Key("", t));
                foreach (var t in truth.Resolved) trueGone.Add(Key(t, ""));
            }
        }
        return new Figures(
        [
            PrecisionRecall.Of("reported again (pairs)", foundRepeated, trueRepeated),
            PrecisionRecall.Of("word for word (pairs)", foundVerbatim, trueVerbatim),
            PrecisionRecall.Of("new this year", foundNew, trueNew),
            PrecisionRecall.Of("no longer reported", foundGone, trueGone),
        ], pairs, mismatched);
    }

    /// <summary>
    /// Copies scored as pairs of reports of different townships holding the same passage: every pair within an
    /// injected paragraph's source and copies is a true pair; every pair of townships within a found group is a found pair.
    /// </summary>
    public static PrecisionRecall ScoreCopies(IReadOnlyList<CopiedPassage> found, HistoryTruth history)
    {
        var truth = new HashSet<string>();
        foreach (var copy in history.Copies)
        {
            var files = copy.Copies.Prepend(copy.Source).ToList();
            foreach (var a in files)
                foreach (var b in files)
                    if (string.CompareOrdinal(a, b) < 0) truth.Add(a + "|" + b);
        }
        var pairs = new HashSet<string>();
        foreach (var group in found.Where(g => g.Kind == CopyKind.AcrossTownships))
            foreach (var a in group.Occurrences)
                foreach (var b in group.Occurrences)
                    if (string.CompareOrdinal(a.Report.File, b.Report.File) < 0 && !a.Report.Township.Equals(b.Report.Township))
                        pairs.Add(a.Report.File + "|" + b.Report.File);
        return PrecisionRecall.Of("copied passages (pairs)", pairs, truth);
    }

    private static string T(string title) => ComparableText.Normalize(title);
}
