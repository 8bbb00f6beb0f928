using System.CommandLine;
using System.Globalization;
using System.Net;

namespace ReportSearch.LoadTest;

/// <summary>
/// <c>loadtest --db INDEX</c> (starts the web host in-process on a loopback port, rate limiting off) or
/// <c>loadtest --url http://127.0.0.1:PORT</c> (a host already running; loopback only): a bounded closed-loop load on
/// <c>/api/search</c> with a realistic query mix, which stops by itself and prints throughput and latency percentiles.
/// Exit code 1 when any request failed.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var db = new Option<string?>("--db") { Description = "Index file: start the host in-process on 127.0.0.1 with rate limiting off" };
        var url = new Option<string?>("--url") { Description = "A running host's address (loopback only; start it with --ReportSearch:RatePermits=0)" };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients", DefaultValueFactory = _ => 16 };
        var seconds = new Option<int>("--seconds") { Description = "Measured seconds", DefaultValueFactory = _ => 30 };
        var warmUp = new Option<int>("--warmup") { Description = "Seconds of load before measuring (JIT, page cache)", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the query mix", DefaultValueFactory = _ => 1 };
        var command = new RootCommand("Bounded load test of /api/search on loopback") { db, url, clients, seconds, warmUp, seed };
        command.SetAction(p => Run(p.GetValue(db), p.GetValue(url), p.GetValue(clients), p.GetValue(seconds), p.GetValue(warmUp), p.GetValue(seed)));
        return command.Parse(args).Invoke();
    }

    private static int Run(string? db, string? url, int clients, int seconds, int warmUp, int seed)
    {
        if ((db is null) == (url is null)) return Fail("give either --db INDEX or --url http://127.0.0.1:PORT");
        if (clients is < 1 or > 256 || seconds is < 1 or > 600 || warmUp is < 0 or > 120) return Fail("clients 1..256, seconds 1..600, warmup 0..120");
        using var host = db is null ? null : InProcessHost.Start(db);
        var root = host?.Root ?? new Uri(url!);
        if (!IPAddress.TryParse(root.Host, out var address) ? root.Host != "localhost" : !IPAddress.IsLoopback(address))
            return Fail($"{root} is not a loopback address: this tool loads only this machine");

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + warmUp + 60));
        if (!QueryCheck.AllAnswer(root, Console.Out)) return 1;
        Console.WriteLine($"{clients} clients, {warmUp} s warm-up, {seconds} s measured, against {root}");
        var result = new LoadRun(new LoadOptions(root, clients, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmUp), seed))
            .Run(cancel.Token).GetAwaiter().GetResult();
        Print(result);
        return result.Errors == 0 && result.Requests > 0 ? 0 : 1;
    }

    private static void Print(LoadResult r)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"requests: {r.Requests:N0} in {r.Duration.TotalSeconds:0} s, errors: {r.Errors}"));
        Console.WriteLine("outcomes: " + string.Join(", ", r.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} × {o.Value:N0}")));
        Console.WriteLine(string.Create(c, $"throughput: {r.Throughput:N0} requests/s"));
        Console.WriteLine(string.Create(c, $"latency ms: p50 {r.P50:0.0}  p90 {r.P90:0.0}  p99 {r.P99:0.0}  max {r.Max:0.0}"));
        Console.WriteLine(string.Create(c, $"mean total hits per answer: {r.MeanHits:N0}"));
        if (File.Exists("/proc/loadavg")) Console.WriteLine("load average after: " + File.ReadAllText("/proc/loadavg").Trim());
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("loadtest: " + message);
        return 2;
    }
}
