using System.CommandLine;
using ReportSearch.Divisions;
using ReportSearch.Extraction;
using ReportSearch.Ingest;
using ReportSearch.Model;
using ReportSearch.Serialization;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch extract FILE... [--json]</c>: reads reports and prints what was extracted, as the extract JSON
/// (one object for one file, an array for several) or as a readable summary. A file that fails is named on stderr
/// with the reason; the others are still printed, and the exit code is 1.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Report files (.txt, .docx, .html)" };
        var json = new Option<bool>("--json") { Description = "Print the extract JSON instead of a summary" };
        var command = new Command("extract", "Extract metadata, tables, metrics, findings and anomalies from report files") { files, json };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, bool json, TextWriter stdout, TextWriter stderr)
    {
        var loader = new ReportLoader(DivisionTable.Load());
        var reports = new List<Report>();
        int failed = 0;
        foreach (var file in files)
        {
            try
            {
                var report = loader.Load(file);
                if (json) reports.Add(report);
                else ReportSummary.Write(report, stdout);
            }
            catch (UnreadableReportException e)
            {
                failed++;
                stderr.WriteLine($"reportsearch: {e.Message}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A defect, not bad input: still one line, still the other files.
                failed++;
                stderr.WriteLine($"reportsearch: {file}: extraction failed ({e.GetType().Name}: {e.Message})");
            }
        }
        if (json)
        {
            if (files.Count == 1 && reports.Count == 1) stdout.WriteLine(ExtractJson.Serialize(reports[0]));
            else if (files.Count > 1) stdout.WriteLine(ExtractJson.Serialize(reports));
        }
        return failed == 0 ? 0 : 1;
    }
}
