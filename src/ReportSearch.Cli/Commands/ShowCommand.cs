using System.CommandLine;
using System.Text.Json.Nodes;
using ReportSearch.Index;
using ReportSearch.Search;
using ReportSearch.Serialization;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch show ID|FILE [--db] [--json]</c>: a stored report — metadata, metrics with their provenance,
/// findings and anomalies — as the extract JSON with its index id, or as a readable summary.
/// </summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("report") { Description = "Report id (from search) or file path" };
        var db = new Option<string>("--db") { Description = "Index file", DefaultValueFactory = _ => ReportIndex.DefaultPath };
        var json = new Option<bool>("--json") { Description = "Print the extract JSON with the report's id" };
        var command = new Command("show", "Show a stored report") { key, db, json };
        command.SetAction(p => Run(p.GetValue(key)!, p.GetValue(db)!, p.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string key, string db, bool json, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            using var index = ReportIndex.OpenExisting(db);
            var stored = new StoredReports(index).Find(key);
            if (stored is null)
            {
                stderr.WriteLine($"reportsearch: no report '{key}' in {db}");
                return 1;
            }
            if (json)
            {
                var node = JsonNode.Parse(ExtractJson.Serialize(stored.Report))!.AsObject();
                node.Insert(0, "id", stored.Id);
                stdout.WriteLine(node.ToJsonString(ExtractJson.Options));
            }
            else
            {
                stdout.WriteLine($"report #{stored.Id}");
                ReportSummary.Write(stored.Report, stdout);
            }
            return 0;
        }
        catch (IndexUnavailableException e)
        {
            stderr.WriteLine($"reportsearch: {e.Message}");
            return 1;
        }
    }
}
