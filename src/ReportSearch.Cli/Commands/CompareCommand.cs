using System.CommandLine;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using static ReportSearch.Cli.Commands.CompareOutput;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch compare yoy TOWNSHIP [--county C | --code CODE]</c> and
/// <c>reportsearch compare peers TOWNSHIP --year Y [--scope county|city|province | --with A,B] [--metrics K1,K2]</c>,
/// served from the index. An unknown name suggests near ones; a shared name lists its townships (exit 1).
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var command = new Command("compare", "Compare a township with itself over the years, or with its peers");
        command.Subcommands.Add(YearOverYear());
        command.Subcommands.Add(Peers());
        return command;
    }

    private static (Argument<string> Name, Option<string> County, Option<string> Code) TownshipArguments() => (
        new Argument<string>("township") { Description = "Township name, e.g. 城关镇" },
        new Option<string>("--county") { Description = "The township's county (for a shared name)" },
        new Option<string>("--code") { Description = "The township's division code" });

    private static Command YearOverYear()
    {
        var (name, county, code) = TownshipArguments();
        var common = Common.Create();
        var command = new Command("yoy", "A township year over year: metrics, anomalies, problems new, repeated and resolved") { name, county, code };
        common.AddTo(command);
        command.SetAction(p => RunYearOverYear(new TownshipQuery(p.GetValue(name)!, p.GetValue(county), p.GetValue(code)),
            p.GetValue(common.Db)!, p.GetValue(common.Json), p.GetValue(common.Csv), Console.Out, Console.Error));
        return command;
    }

    public static int RunYearOverYear(TownshipQuery query, string db, bool json, bool csv, TextWriter stdout, TextWriter stderr) =>
        Run(db, json, csv, stderr, (service, format) =>
        {
            var answer = service.YearOverYear(query);
            if (answer.Match != TownshipMatch.Found) return Unresolved(answer, query.Name, stderr);
            switch (format)
            {
                case Format.Json: WriteJson(stdout, answer); break;
                case Format.Csv: YearOverYearOutput.Csv(answer, stdout); break;
                default: YearOverYearOutput.Text(answer, stdout); break;
            }
            return 0;
        });

    private static Command Peers()
    {
        var (name, county, code) = TownshipArguments();
        var common = Common.Create();
        var year = new Option<int>("--year") { Description = "Report year", Required = true };
        var scope = new Option<string>("--scope") { Description = "county, city or province", DefaultValueFactory = _ => "county" };
        var with = new Option<string>("--with") { Description = "Peers by name, comma-separated (instead of a scope)" };
        var metrics = new Option<string>("--metrics") { Description = "Metric keys or patterns, comma-separated (default: disclosed.total, disclosed.channel.*, requests.new.total, appeals.*.total)" };
        var command = new Command("peers", "A township among its peers in a year: metrics ranked, shared and lone problems")
            { name, county, code, year, scope, with, metrics };
        common.AddTo(command);
        command.SetAction(p => RunPeers(p.GetValue(name)!, p.GetValue(county), p.GetValue(code), p.GetValue(year), p.GetValue(scope)!,
            p.GetValue(with), p.GetValue(metrics), p.GetValue(common.Db)!, p.GetValue(common.Json), p.GetValue(common.Csv), Console.Out, Console.Error));
        return command;
    }

    public static int RunPeers(string name, string? county, string? code, int year, string scope, string? with, string? metrics,
        string db, bool json, bool csv, TextWriter stdout, TextWriter stderr) =>
        Run(db, json, csv, stderr, (service, format) =>
        {
            var query = new PeersQuery(new TownshipQuery(name, county, code), year, Level(scope), List(with), List(metrics));
            var answer = service.Peers(query);
            if (answer.Match != TownshipMatch.Found) return Unresolved(answer, name, stderr);
            if (answer.Result is null)
            {
                stderr.WriteLine($"reportsearch: {Describe(answer.Candidates[0])} has no report for {year}");
                return 1;
            }
            switch (format)
            {
                case Format.Json: WriteJson(stdout, answer); break;
                case Format.Csv: PeersOutput.Csv(answer, stdout); break;
                default: PeersOutput.Text(answer, stdout); break;
            }
            return 0;
        });

    private static List<string>? List(string? commaSeparated) =>
        commaSeparated?.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
