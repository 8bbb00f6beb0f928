using System.CommandLine;
using ReportSearch.CorpusGen;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch demo</c>: the first thing a newcomer runs. Writes a realistic demo corpus (200 townships × 5 years,
/// about 1,000 reports in all four formats, with ground truth) into <c>index-data/demo/</c>, reusing it when it is
/// already there.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var dir = new Option<string>("--dir") { Description = "Where the demo corpus goes", DefaultValueFactory = _ => Path.Combine("index-data", "demo") };
        var townships = new Option<int>("--townships") { Description = "Townships in the demo corpus", DefaultValueFactory = _ => 200 };
        var command = new Command("demo", "Generate a demo corpus of about 1,000 reports (and reuse it on later runs)") { dir, townships };
        command.SetAction(p => Run(p.GetValue(dir)!, p.GetValue(townships), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string dir, int townships, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var reports = Path.Combine(dir, "reports");
            if (Directory.Exists(reports) && Directory.EnumerateFiles(reports, "*", SearchOption.AllDirectories).Any())
            {
                stdout.WriteLine($"demo corpus already in {dir} (delete the folder to make it anew)");
                return 0;
            }
            stdout.WriteLine($"writing a demo corpus of {townships} townships × 5 years into {dir} …");
            var options = new CorpusOptions(dir, townships, 2019, 2023, Seed: 2024);
            var summary = CorpusGenerator.ForNationalDivisions().Generate(options,
                new Progress<int>(n => { if (n % 100 == 0) stderr.Write($"\r{n} reports"); }));
            stderr.WriteLine();
            stdout.WriteLine($"{summary.Reports} reports of {summary.Townships} townships written to {reports} in {summary.Seconds:0.0} s");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"reportsearch: demo: {e.Message}");
            return 1;
        }
    }
}
