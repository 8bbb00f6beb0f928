namespace ReportSearch.Eval.Scoring;

/// <summary>Accumulates true/false positives and false negatives per field; safe to add to from several threads.</summary>
public sealed class ScoreBoard
{
    /// <summary>The fields in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "region.township", "region.county", "region.county_candidates", "region.city", "region.province", "region.division_code",
        "year", "template", "table_cells", "prose_metrics", "problem_items", "measure_items", "categories", "anomalies",
    ];

    private readonly Dictionary<string, long[]> _counts = Fields.ToDictionary(f => f, _ => new long[3], StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _reports;
    private readonly List<string> _failures = [];

    public void Add(string field, long truePositives, long falsePositives, long falseNegatives)
    {
        lock (_gate)
        {
            var c = _counts[field];
            c[0] += truePositives;
            c[1] += falsePositives;
            c[2] += falseNegatives;
        }
    }

    public void CountReport() => Interlocked.Increment(ref _reports);

    public void Fail(string file, string reason)
    {
        lock (_gate) _failures.Add(file + ": " + reason);
    }

    public int Reports => _reports;

    public IReadOnlyList<string> Failures
    {
        get { lock (_gate) return _failures.Order(StringComparer.Ordinal).ToList(); }
    }

    public IReadOnlyList<FieldScore> Scores
    {
        get { lock (_gate) return Fields.Select(f => new FieldScore(f, _counts[f][0], _counts[f][1], _counts[f][2])).ToList(); }
    }
}
