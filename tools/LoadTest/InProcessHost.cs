using Microsoft.AspNetCore.Builder;

namespace ReportSearch.LoadTest;

/// <summary>
/// The real web host (ReportSearch.Web's Program, as <c>reportsearch serve</c> runs it) on 127.0.0.1 and a free port,
/// with rate limiting off (every client shares one address) and the one-line-per-request log held to warnings so
/// the console does not become the bottleneck; the rolling log goes to a temp folder.
/// </summary>
public sealed class InProcessHost : IDisposable
{
    private readonly WebApplication _app;
    private readonly string _logs;

    private InProcessHost(WebApplication app, string logs, Uri root)
    {
        _app = app;
        _logs = logs;
        Root = root;
    }

    public Uri Root { get; }

    public static InProcessHost Start(string db)
    {
        if (!File.Exists(db)) throw new FileNotFoundException($"no index at {db}", db);
        var logs = Directory.CreateTempSubdirectory("loadtest-logs").FullName;
        var app = ReportSearch.Web.Program.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--ReportSearch:Db={Path.GetFullPath(db)}",
            "--ReportSearch:RatePermits=0",
            $"--ReportSearch:LogFolder={logs}",
            "--Serilog:MinimumLevel:Override:ReportSearch.Web.Hosting.RequestLogging=Warning",
        ]);
        app.StartAsync().GetAwaiter().GetResult();
        return new InProcessHost(app, logs, new Uri(app.Urls.First()));
    }

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        try
        {
            Directory.Delete(_logs, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open: the temp folder is the system's to clean.
        }
    }
}
