using System.CommandLine;
using System.Runtime.InteropServices;
using ReportSearch.Index;
using Spectre.Console;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch index DIR... [--db PATH] [--prune]</c>: brings the index up to date with report folders. A
/// progress bar on a terminal, a log line every few seconds otherwise; each failing file on stderr with its reason;
/// a summary at the end, exit 1 if any file failed. Ctrl-C or SIGTERM stops after committing the reports done.
/// </summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var dirs = new Argument<string[]>("dirs") { Arity = ArgumentArity.OneOrMore, Description = "Folders of reports (or report files)" };
        var db = new Option<string>("--db") { Description = "Index file", DefaultValueFactory = _ => ReportIndex.DefaultPath };
        var prune = new Option<bool>("--prune") { Description = "Remove reports whose file no longer exists under the folders" };
        var command = new Command("index", "Index report folders: new and changed files are (re)indexed, unchanged ones skipped") { dirs, db, prune };
        command.SetAction(p => Run(p.GetValue(dirs) ?? [], p.GetValue(db)!, p.GetValue(prune)));
        return command;
    }

    public static int Run(IReadOnlyList<string> dirs, string db, bool prune)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; cancel.Cancel(); });
        try
        {
            foreach (var dir in dirs)
                if (!Directory.Exists(dir) && !File.Exists(dir))
                    return Fail($"{dir}: no such folder or file");
            using var components = IndexComponents.Create();
            using var index = ReportIndex.OpenOrCreate(db);
            var writer = new IndexWriter(index, components.DocumentBuilder());
            var options = new IndexRunOptions(dirs, prune);
            void Failed(IndexFailure f) => Console.Error.WriteLine($"reportsearch: {f.File}: {f.Reason}");
            var summary = Console.IsOutputRedirected || Console.IsErrorRedirected
                ? writer.Run(options, new LogProgress(Console.Error), Failed, cancel.Token)
                : WithProgressBar(p => writer.Run(options, p, Failed, cancel.Token));
            Console.WriteLine(Describe(summary));
            if (summary.Cancelled) return 130;
            return summary.Failed == 0 ? 0 : 1;
        }
        catch (IndexUnavailableException e)
        {
            return Fail(e.Message);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"reportsearch: {message}");
        return 1;
    }

    private static string Describe(IndexSummary s) =>
        (s.Cancelled ? "interrupted (run again to finish): " : "")
        + $"indexed {s.Indexed:N0} ({s.Replaced:N0} changed), unchanged {s.Unchanged:N0}, failed {s.Failed:N0}"
        + (s.Removed > 0 ? $", removed {s.Removed:N0}" : "")
        + $" — {s.Files:N0} files in {s.Elapsed.TotalSeconds:N1} s";

    private static IndexSummary WithProgressBar(Func<IProgress<IndexProgress>, IndexSummary> run) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("indexing");
                return run(new InlineProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = $"indexing {p.Done:N0}/{p.Total:N0} ({p.Rate:N0} reports/s, {p.Failed:N0} failed)";
                }));
            });

    /// <summary>Reports progress on the calling thread (the writer's), where Progress&lt;T&gt; would queue it.</summary>
    private sealed class InlineProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }

    /// <summary>A log line every few seconds, for logs and pipes.</summary>
    private sealed class LogProgress(TextWriter log) : IProgress<IndexProgress>
    {
        private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
        private TimeSpan _next = Every;

        public void Report(IndexProgress p)
        {
            if (p.Elapsed < _next) return;
            _next = p.Elapsed + Every;
            var eta = p.Remaining is { } r ? $", ETA {r:hh\\:mm\\:ss}" : "";
            log.WriteLine($"indexing: {p.Done:N0}/{p.Total:N0} files, {p.Rate:N0} reports/s{eta}, {p.Failed:N0} failed");
        }
    }
}
