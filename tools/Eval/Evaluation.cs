using ReportSearch.Eval.Scoring;
using ReportSearch.Model;

namespace ReportSearch.Eval;

/// <summary>
/// Runs the extraction over every report of a generated corpus and scores it against the truth. Reports are read in
/// parallel; a report the extraction cannot read counts as everything missed and is listed as a failure.
/// </summary>
public sealed class Evaluation(Func<string, Report> load)
{
    public ScoreBoard Run(string corpus, IReadOnlyList<Report> truths, int threads)
    {
        var board = new ScoreBoard();
        Parallel.ForEach(truths, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, truth =>
        {
            board.CountReport();
            var path = Path.Combine(corpus, truth.File);
            try
            {
                ReportComparison.Score(truth, load(path), board);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                board.Fail(truth.File, e.GetType().Name + ": " + e.Message);
                ReportComparison.Missed(truth, board);
            }
        });
        return board;
    }
}
