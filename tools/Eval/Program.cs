using System.CommandLine;
using ReportSearch.Divisions;
using ReportSearch.Eval;
using ReportSearch.Extraction;

// eval --corpus DIR [--json] [--threads N]: precision and recall of extraction against a generated corpus's truth.
var corpusOption = new Option<string>("--corpus") { Description = "a folder written by corpusgen generate", Required = true };
var jsonOption = new Option<bool>("--json") { Description = "print the scores as JSON" };
var threadsOption = new Option<int>("--threads") { Description = "reports read at once", DefaultValueFactory = _ => Environment.ProcessorCount };

var root = new RootCommand("score report extraction against a generated corpus's ground truth") { corpusOption, jsonOption, threadsOption };
root.SetAction(parseResult =>
{
    var corpus = parseResult.GetValue(corpusOption)!;
    try
    {
        var divisions = DivisionTable.Load();
        var truths = TruthCorpus.Load(corpus);
        var board = new Evaluation(new ReportLoader(divisions).Load).Run(corpus, truths, parseResult.GetValue(threadsOption));
        Console.Write(parseResult.GetValue(jsonOption) ? ScoreReport.Json(board) + "\n" : ScoreReport.Table(board));
        return 0;
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
    {
        Console.Error.WriteLine("eval: " + e.Message);
        return 1;
    }
});
return root.Parse(args).Invoke();
