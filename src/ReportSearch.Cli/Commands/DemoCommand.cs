using System.CommandLine;
using ReportSearch.CorpusGen;
using ReportSearch.Web.Hosting;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch demo</c>: the first thing a newcomer runs. Writes a realistic demo corpus (200 townships × 5 years,
/// about 1,000 reports in all four formats, with ground truth) into <c>index-data/demo/</c>, indexes it into
/// <c>index-data/demo/reports.db</c> and serves the page. Later runs reuse the corpus and the index (unchanged files
/// are skipped), so it starts in seconds.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var dir = new Option<string>("--dir") { Description = "Where the demo corpus and its index go", DefaultValueFactory = _ => Path.Combine("index-data", "demo") };
        var townships = new Option<int>("--townships") { Description = "Townships in the demo corpus", DefaultValueFactory = _ => 200 };
        var urls = new Option<string>("--urls") { Description = "Where to serve the page", DefaultValueFactory = _ => WebOptions.DefaultUrls };
        var noServe = new Option<bool>("--no-serve") { Description = "Generate and index, then stop" };
        var command = new Command("demo", "Generate a demo corpus (~1,000 reports), index it and serve the page") { dir, townships, urls, noServe };
        command.SetAction(p => Run(p.GetValue(dir)!, p.GetValue(townships), p.GetValue(urls)!, !p.GetValue(noServe)));
        return command;
    }

    public static int Run(string dir, int townships, string urls, bool serve)
    {
        var reports = Path.Combine(dir, "reports");
        var db = Path.Combine(dir, "reports.db");
        try
        {
            if (Directory.Exists(reports) && Directory.EnumerateFiles(reports, "*", SearchOption.AllDirectories).Any())
                Console.WriteLine($"demo corpus already in {dir} (delete the folder to make it anew)");
            else
                Generate(dir, townships);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"reportsearch: demo: {e.Message}");
            return 1;
        }

        Console.WriteLine($"indexing {reports} into {db} …");
        int indexed = IndexCommand.Run([reports], db, prune: false);
        if (indexed != 0) return indexed;
        if (!serve) return 0;
        Console.WriteLine($"serving the page on {urls} (Ctrl-C to stop)");
        return ServeCommand.Run(db, urls, allowReindex: false, reportFolders: []);
    }

    private static void Generate(string dir, int townships)
    {
        Console.WriteLine($"writing a demo corpus of {townships} townships × 5 years into {dir} …");
        var options = new CorpusOptions(dir, townships, 2019, 2023, Seed: 2024);
        var summary = CorpusGenerator.ForNationalDivisions().Generate(options);
        Console.WriteLine($"{summary.Reports} reports of {summary.Townships} townships written in {summary.Seconds:0.0} s");
    }
}
