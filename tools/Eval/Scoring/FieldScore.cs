namespace ReportSearch.Eval.Scoring;

/// <summary>Counts for one field over a corpus: found and right, found but wrong or extra, and missed.</summary>
public sealed record FieldScore(string Field, long TruePositives, long FalsePositives, long FalseNegatives)
{
    /// <summary>Of what was extracted, the share that is right (1 when nothing was extracted and nothing was due).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Of what the truth holds, the share extracted right.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
