using System.CommandLine;
using ReportSearch.Compare.Service;
using static ReportSearch.Cli.Commands.CompareOutput;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch validate [--scope county|city|province NAME] [--year Y]</c>: every anomaly in scope, grouped by
/// kind, largest group first. CSV: a row per anomaly.
/// </summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var common = Common.Create();
        var scope = new Option<string[]>("--scope") { Description = "county|city|province NAME", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var year = new Option<int?>("--year") { Description = "Only reports of this year" };
        var command = new Command("validate", "Checks for supervisors: every anomaly in scope, by kind") { scope, year };
        common.AddTo(command);
        command.SetAction(p => Run(p.GetValue(scope), p.GetValue(year), p.GetValue(common.Db)!, p.GetValue(common.Json),
            p.GetValue(common.Csv), Console.Out, Console.Error));
        return command;
    }

    public static readonly IReadOnlyList<string> Header = ["kind", "report_id", "file", "township", "county", "year", "table", "detail"];

    public static int Run(string[]? scope, int? year, string db, bool json, bool csv, TextWriter stdout, TextWriter stderr) =>
        CompareOutput.Run(db, json, csv, stderr, (service, format) =>
        {
            var region = Scope(scope);
            if (!RegionExists(service, region, stderr)) return 1;
            var answer = service.Validate(new ValidateQuery(region, year));
            var ids = answer.ReportIds;
            switch (format)
            {
                case Format.Json: WriteJson(stdout, answer); break;
                case Format.Csv:
                    WriteCsv(stdout, Header, answer.Result.SelectMany(g => g.Anomalies.Select(a => new object?[]
                    {
                        g.Kind, Id(ids, a.Report), a.Report.File, a.Report.Township.Township, a.Report.Township.County, a.Report.Year,
                        a.Anomaly.Table, a.Anomaly.Detail,
                    })));
                    break;
                default:
                    stdout.WriteLine($"{answer.Result.Sum(g => g.Anomalies.Count):N0} anomalies in {ids.Count:N0} reports");
                    foreach (var g in answer.Result)
                    {
                        stdout.WriteLine();
                        stdout.WriteLine($"{g.Kind}: {g.Anomalies.Count:N0} in {g.Reports:N0} reports");
                        foreach (var a in g.Anomalies.Take(10))
                            stdout.WriteLine($"  {Link(ids, a.Report)} {a.Report.Year} {a.Report.Township.Label}: {a.Anomaly.Table} {a.Anomaly.Detail}");
                        if (g.Anomalies.Count > 10) stdout.WriteLine($"  … {g.Anomalies.Count - 10:N0} more (--csv lists all)");
                    }
                    break;
            }
            return 0;
        });
}
