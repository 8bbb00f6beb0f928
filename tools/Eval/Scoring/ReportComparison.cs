using ReportSearch.Model;

namespace ReportSearch.Eval.Scoring;

/// <summary>
/// Compares one extracted report with its truth, field by field, and adds the counts to a <see cref="ScoreBoard"/>.
/// A truth field that is null (the text does not settle it) scores a false positive when something was extracted.
/// </summary>
public static class ReportComparison
{
    private const double Tolerance = 1e-6;

    public static void Score(Report truth, Report extracted, ScoreBoard board)
    {
        Scalar(board, "region.township", truth.Township, extracted.Township);
        Scalar(board, "region.county", truth.County, extracted.County);
        Set(board, "region.county_candidates", truth.CountyCandidates, extracted.CountyCandidates);
        Scalar(board, "region.city", truth.City, extracted.City);
        Scalar(board, "region.province", truth.Province, extracted.Province);
        Scalar(board, "region.division_code", truth.DivisionCode, extracted.DivisionCode);
        Scalar(board, "year", truth.Year?.ToString(), extracted.Year?.ToString());
        Scalar(board, "template", truth.Template, extracted.Template);
        Metrics(board, "table_cells", truth, extracted, Metric.FromTable);
        Metrics(board, "prose_metrics", truth, extracted, Metric.FromText);

        var problems = FindingMatch.Match(truth.Problems, extracted.Problems);
        var measures = FindingMatch.Match(truth.Measures, extracted.Measures);
        board.Add("problem_items", problems.Pairs.Count, problems.UnmatchedExtracted, problems.UnmatchedTruth);
        board.Add("measure_items", measures.Pairs.Count, measures.UnmatchedExtracted, measures.UnmatchedTruth);
        foreach (var (t, e) in problems.Pairs.Concat(measures.Pairs)) Set(board, "categories", t.Categories, e.Categories);

        Set(board, "anomalies", truth.Anomalies.Select(a => a.Table + "/" + a.Kind).ToList(), extracted.Anomalies.Select(a => a.Table + "/" + a.Kind).ToList());
    }

    /// <summary>Scores a report that could not be read: everything its truth holds is missed.</summary>
    public static void Missed(Report truth, ScoreBoard board) =>
        Score(truth, new Report { File = truth.File, Sha256 = "", Text = "" }, board);

    private static void Scalar(ScoreBoard board, string field, string? truth, string? extracted)
    {
        if (truth is null)
        {
            if (extracted is not null) board.Add(field, 0, 1, 0);
            return;
        }
        if (extracted is null) board.Add(field, 0, 0, 1);
        else if (truth == extracted) board.Add(field, 1, 0, 0);
        else board.Add(field, 0, 1, 1);
    }

    private static void Set(ScoreBoard board, string field, IReadOnlyList<string> truth, IReadOnlyList<string> extracted)
    {
        var t = truth.ToHashSet(StringComparer.Ordinal);
        var e = extracted.ToHashSet(StringComparer.Ordinal);
        board.Add(field, t.Count(e.Contains), e.Count(x => !t.Contains(x)), t.Count(x => !e.Contains(x)));
    }

    /// <summary>A metric is right when the extraction has the key with the same value; a wrong value is both extra and missed.</summary>
    private static void Metrics(ScoreBoard board, string field, Report truth, Report extracted, string source)
    {
        var t = truth.Metrics.Where(m => m.Source == source).GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var e = extracted.Metrics.Where(m => m.Source == source).GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (key, value) in t)
        {
            if (!e.TryGetValue(key, out var got)) fn++;
            else if (Math.Abs(got - value) <= Tolerance) tp++;
            else { fp++; fn++; }
        }
        fp += e.Keys.Count(k => !t.ContainsKey(k));
        board.Add(field, tp, fp, fn);
    }
}
