using System.CommandLine;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using static ReportSearch.Cli.Commands.CompareOutput;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch problems [--year Y] [--province|--city|--county NAME] [--category C]</c>: problem categories
/// ranked by the share of townships reporting them, their trend, typical statements and near-identical clusters.
/// CSV: a row per category and year (the trend).
/// </summary>
public static class ProblemsCommand
{
    public static Command Create()
    {
        var common = Common.Create();
        var year = new Option<int?>("--year") { Description = "Only reports of this year" };
        var province = new Option<string>("--province") { Description = "Only this province" };
        var city = new Option<string>("--city") { Description = "Only this city" };
        var county = new Option<string>("--county") { Description = "Only this county" };
        var category = new Option<string>("--category") { Description = "Only this category, e.g. 人员" };
        var command = new Command("problems", "Common problems: categories ranked by the share of townships reporting them")
            { year, province, city, county, category };
        common.AddTo(command);
        command.SetAction(p =>
        {
            RegionFilter? region = p.GetValue(county) is { } c ? new(RegionScope.County, c)
                : p.GetValue(city) is { } ci ? new(RegionScope.City, ci)
                : p.GetValue(province) is { } pr ? new(RegionScope.Province, pr) : null;
            return Run(new ProblemsQuery(p.GetValue(year), region, p.GetValue(category)), p.GetValue(common.Db)!,
                p.GetValue(common.Json), p.GetValue(common.Csv), Console.Out, Console.Error);
        });
        return command;
    }

    public static readonly IReadOnlyList<string> Header =
        ["category", "reporting", "share", "year", "year_townships", "year_reporting", "year_share"];

    public static int Run(ProblemsQuery query, string db, bool json, bool csv, TextWriter stdout, TextWriter stderr) =>
        CompareOutput.Run(db, json, csv, stderr, (service, format) =>
        {
            if (!RegionExists(service, query.Region, stderr)) return 1;
            var answer = service.Problems(query);
            var result = answer.Result;
            switch (format)
            {
                case Format.Json: WriteJson(stdout, answer); break;
                case Format.Csv:
                    WriteCsv(stdout, Header, result.Categories.SelectMany(c => c.Trend.Select(t => new object?[]
                        { c.Category, c.Reporting, c.Share, t.Year, t.Townships, t.Reporting, t.Share })));
                    break;
                default: Text(answer, stdout); break;
            }
            return 0;
        });

    private static void Text(ComparisonAnswer<CommonProblemsResult> answer, TextWriter o)
    {
        var r = answer.Result;
        o.WriteLine($"{r.Townships:N0} townships, years {string.Join(", ", r.Years)}");
        foreach (var c in r.Categories)
        {
            o.WriteLine();
            o.WriteLine($"{c.Category}: {c.Share:P1} of townships ({c.Reporting:N0})   trend: " +
                        string.Join("  ", c.Trend.Select(t => $"{t.Year} {t.Share:P0}")));
            foreach (var s in c.Representative) o.WriteLine($"  “{s.Finding.Title}”  {Link(answer.ReportIds, s.Report)}");
            foreach (var cluster in c.Clusters.Take(3))
                o.WriteLine($"  ≈ {cluster.Townships} townships: “{Short(cluster.Text)}” " +
                            string.Join(" ", cluster.Statements.Take(5).Select(s => Link(answer.ReportIds, s.Report))));
        }
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
