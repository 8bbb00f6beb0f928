using System.CommandLine;
using ReportSearch.Index;
using ReportSearch.Web.Hosting;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch serve [--db PATH] [--urls URL] [--watch DIR...] [--allow-reindex --reports DIR...]</c>: the web page and its JSON
/// API (src/ReportSearch.Web), on 127.0.0.1 unless <c>--urls</c> says otherwise. The options reach the host as
/// configuration (<c>ReportSearch:*</c>); a reindex token comes from the environment
/// (<c>ReportSearch__ReindexToken</c>), never the command line, or is made up and logged at start.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Index file", DefaultValueFactory = _ => ReportIndex.DefaultPath };
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => WebOptions.DefaultUrls };
        var allowReindex = new Option<bool>("--allow-reindex") { Description = "Allow POST /api/reindex (with its token) to update the index" };
        var reports = new Option<string[]>("--reports") { Description = "Report folders a reindex call indexes", AllowMultipleArgumentsPerToken = true };
        var watch = new Option<string[]>("--watch") { Description = "Folders to watch: new and changed reports there are indexed while serving", AllowMultipleArgumentsPerToken = true };
        var command = new Command("serve", "Serve the search page and its JSON API") { db, urls, allowReindex, reports, watch };
        command.SetAction(p => Run(p.GetValue(db)!, p.GetValue(urls)!, p.GetValue(allowReindex), p.GetValue(reports) ?? [], p.GetValue(watch) ?? []));
        return command;
    }

    public static int Run(string db, string urls, bool allowReindex, IReadOnlyList<string> reportFolders, IReadOnlyList<string>? watchFolders = null)
    {
        watchFolders ??= [];
        foreach (var folder in watchFolders)
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"reportsearch: --watch {folder}: no such folder");
                return 1;
            }
        var args = new List<string>
        {
            $"--urls={urls}",
            $"--{WebOptions.Section}:Db={db}",
            $"--{WebOptions.Section}:AllowReindex={allowReindex}",
        };
        for (var i = 0; i < reportFolders.Count; i++) args.Add($"--{WebOptions.Section}:Reports:{i}={Path.GetFullPath(reportFolders[i])}");
        for (var i = 0; i < watchFolders.Count; i++) args.Add($"--{WebOptions.Section}:Watch:{i}={Path.GetFullPath(watchFolders[i])}");
        ReportSearch.Web.Program.Build([.. args]).Run();
        return 0;
    }
}
