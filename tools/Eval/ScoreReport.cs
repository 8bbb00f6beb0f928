using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportSearch.Eval.Scoring;

namespace ReportSearch.Eval;

/// <summary>Prints a <see cref="ScoreBoard"/> as an aligned table or as JSON.</summary>
public static class ScoreReport
{
    public static string Table(ScoreBoard board)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{board.Reports} reports, {board.Failures.Count} unreadable");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"field",-26}{"tp",10}{"fp",10}{"fn",10}{"precision",11}{"recall",9}{"f1",8}");
        foreach (var s in board.Scores)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{s.Field,-26}{s.TruePositives,10}{s.FalsePositives,10}{s.FalseNegatives,10}{s.Precision,11:0.000}{s.Recall,9:0.000}{s.F1,8:0.000}");
        foreach (var failure in board.Failures.Take(10)) sb.AppendLine("unreadable: " + failure);
        return sb.ToString();
    }

    public static string Json(ScoreBoard board) => JsonSerializer.Serialize(new
    {
        reports = board.Reports,
        unreadable = board.Failures,
        fields = board.Scores.Select(s => new
        {
            field = s.Field, tp = s.TruePositives, fp = s.FalsePositives, fn = s.FalseNegatives,
            precision = Math.Round(s.Precision, 4), recall = Math.Round(s.Recall, 4), f1 = Math.Round(s.F1, 4),
        }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
