using System.CommandLine;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using static ReportSearch.Cli.Commands.CompareOutput;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch copies [--scope county|city|province NAME] [--min-chars 50] [--include-stock]</c>: passages
/// verbatim or nearly so in reports of different townships, or in one township's consecutive years, from the
/// fingerprints stored at index time. CSV: a row per occurrence, numbered by group.
/// </summary>
public static class CopiesCommand
{
    public static Command Create()
    {
        var common = Common.Create();
        var scope = new Option<string[]>("--scope") { Description = "county|city|province NAME", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var minChars = new Option<int>("--min-chars") { Description = "Shortest passage (normalised characters)", DefaultValueFactory = _ => 50 };
        var stock = new Option<bool>("--include-stock") { Description = "Also list template and stock wording" };
        var command = new Command("copies", "Copied passages across townships and years") { scope, minChars, stock };
        common.AddTo(command);
        command.SetAction(p => Run(p.GetValue(scope), p.GetValue(minChars), p.GetValue(stock), p.GetValue(common.Db)!,
            p.GetValue(common.Json), p.GetValue(common.Csv), Console.Out, Console.Error));
        return command;
    }

    public static readonly IReadOnlyList<string> Header =
        ["group", "kind", "verbatim", "stock", "townships", "years", "report_id", "file", "township", "county", "year", "start", "end", "length"];

    public static int Run(string[]? scope, int minChars, bool stock, string db, bool json, bool csv, TextWriter stdout, TextWriter stderr) =>
        CompareOutput.Run(db, json, csv, stderr, (service, format) =>
        {
            var region = Scope(scope);
            if (minChars < 30) throw new UsageException("--min-chars must be at least 30 (the index fingerprints passages from 30 characters)");
            if (!RegionExists(service, region, stderr)) return 1;
            var answer = service.Copies(new CopiesQuery(region, minChars, stock));
            var ids = answer.ReportIds;
            switch (format)
            {
                case Format.Json: WriteJson(stdout, answer); break;
                case Format.Csv:
                    WriteCsv(stdout, Header, answer.Result.Passages.SelectMany((c, g) => c.Occurrences.Select(o => new object?[]
                    {
                        g + 1, c.Kind == CopyKind.AcrossTownships ? "across_townships" : "consecutive_years", c.Verbatim, c.Stock,
                        c.Townships.Count, string.Join('|', c.Years), Id(ids, o.Report), o.Report.File, o.Report.Township.Township,
                        o.Report.Township.County, o.Report.Year, o.Start, o.End, o.Length,
                    })));
                    break;
                default:
                    stdout.WriteLine($"{answer.Result.Passages.Count} copied passages among {answer.Result.Reports:N0} reports");
                    foreach (var (c, g) in answer.Result.Passages.Select((c, g) => (c, g)))
                    {
                        stdout.WriteLine();
                        stdout.WriteLine($"{g + 1}. {(c.Kind == CopyKind.AcrossTownships ? $"{c.Townships.Count} townships" : "one township, consecutive years")}" +
                                         $", {string.Join("/", c.Years)}, {c.Occurrences[0].Length} chars{(c.Verbatim ? ", verbatim" : "")}{(c.Stock ? ", stock wording" : "")}");
                        foreach (var o in c.Occurrences)
                            stdout.WriteLine($"   {Link(ids, o.Report)} {o.Report.Year} {o.Report.Township.Label}  [{o.Start}..{o.End}]");
                    }
                    break;
            }
            return 0;
        });
}
