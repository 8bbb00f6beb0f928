using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Index;
using ReportSearch.Search;

namespace ReportSearch.Benchmarks;

/// <summary>
/// <c>bench compare --db FILE [--picks 9]</c>: each comparison's latency on an index (median and max over several
/// township or region picks, after one warm-up), and the index-time cost of fingerprints (fingerprinting a sample
/// of stored reports, and the table's size).
/// </summary>
public static class CompareBenchmark
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Required = true, Description = "Index file" };
        var picks = new Option<int>("--picks") { DefaultValueFactory = _ => 9, Description = "Townships or regions per question" };
        var command = new Command("compare", "Comparison latencies and fingerprint cost") { db, picks };
        command.SetAction(p => Run(p.GetValue(db)!, p.GetValue(picks)));
        return command;
    }

    private static int Run(string db, int picks)
    {
        using var index = ReportIndex.OpenExisting(db);
        var service = new ReportComparisons(index);
        var reports = Scalar<long>(index, "SELECT count(*) FROM reports");
        Console.WriteLine($"{db}: {reports:N0} reports");

        var townships = Rows(index, $"SELECT township, division_code FROM reports WHERE division_code IS NOT NULL GROUP BY division_code HAVING count(*) >= 4 ORDER BY division_code LIMIT {picks * 50}")
            .Where((_, i) => i % 50 == 0).Select(r => new TownshipQuery(r[0], Code: r[1])).ToList();
        var counties = Rows(index, $"SELECT county FROM reports WHERE county IS NOT NULL AND year = 2022 GROUP BY county ORDER BY count(*) DESC LIMIT {picks}").Select(r => r[0]).ToList();
        var cities = Rows(index, $"SELECT city FROM reports WHERE city IS NOT NULL GROUP BY city ORDER BY count(*) DESC LIMIT {picks}").Select(r => r[0]).ToList();
        var provinces = Rows(index, $"SELECT province FROM reports WHERE province IS NOT NULL GROUP BY province ORDER BY count(*) DESC LIMIT {picks}").Select(r => r[0]).ToList();
        var peerPicks = townships.Select(t => (t, Year: Scalar<long>(index, $"SELECT min(year) FROM reports WHERE division_code = '{t.Code}'"))).ToList();

        Measure("year over year (one township)", townships, t => service.YearOverYear(t).Result!.Years.Count);
        Measure("peers in a county", peerPicks, p => service.Peers(new PeersQuery(p.t, (int)p.Year)).Result?.Peers.Count ?? 0);
        Measure("common problems, a province, one year", provinces, p => service.Problems(new ProblemsQuery(2022, new RegionFilter(RegionScope.Province, p))).Result.Townships);
        Measure("common problems, a province, all years", provinces.Take(3).ToList(), p => service.Problems(new ProblemsQuery(null, new RegionFilter(RegionScope.Province, p))).Result.Townships);
        Measure("copied passages, a city", cities, c => service.Copies(new CopiesQuery(new RegionFilter(RegionScope.City, c))).Result.Passages.Count);
        Measure("metrics disclosed.total, one year, all", [2020, 2022, 2024], y => service.Metrics(new MetricsQuery("disclosed.total", y)).Result.Ranking.Count);
        Measure("validate, a province", provinces, p => service.Validate(new ValidateQuery(new RegionFilter(RegionScope.Province, p))).Result.Count);

        // Index-time cost of copy detection: fingerprinting stored reports as the index builder does, and the table's size.
        var stored = new StoredReports(index);
        var sample = Rows(index, "SELECT id FROM reports ORDER BY id LIMIT 2000").Select(r => stored.ById(long.Parse(r[0]))!.Report).ToList();
        var fingerprints = new PassageFingerprints();
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var report in sample) bytes += CompareTables.Fingerprint(fingerprints, report).Length;
        var perReport = watch.Elapsed.TotalMilliseconds / sample.Count;
        var stats = Rows(index, "SELECT count(*), sum(length(prints)) FROM fingerprints")[0];
        Console.WriteLine($"fingerprints: {perReport:0.00} ms a report on one core ({sample.Count:N0} stored reports), {bytes / sample.Count / 1024.0:0.0} KiB a report; " +
                          $"table: {long.Parse(stats[0]):N0} rows, {long.Parse(stats[1] ?? "0") / 1048576.0:N0} MiB; index file {new FileInfo(db).Length / 1048576.0:N0} MiB");
        return 0;
    }

    private static void Measure<T>(string name, IReadOnlyList<T> picks, Func<T, int> question)
    {
        if (picks.Count == 0) return;
        question(picks[0]);  // warm-up: JIT and the page cache
        var times = new List<double>();
        var cpu = new List<double>();
        var sizes = new List<int>();
        var process = Process.GetCurrentProcess();
        foreach (var pick in picks)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            sizes.Add(question(pick));
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        times.Sort();
        cpu.Sort();
        // Processor time (all threads of the process) tells the work apart from waiting on a loaded machine.
        Console.WriteLine($"{name,-42} median {times[times.Count / 2],8:0.0} ms   max {times[^1],8:0.0} ms   cpu median {cpu[cpu.Count / 2],8:0} ms   ({picks.Count} picks; answer sizes {sizes.Min()}–{sizes.Max()})");
    }

    private static T Scalar<T>(ReportIndex index, string sql)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T));
    }

    private static List<string[]> Rows(ReportIndex index, string sql)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null! : Convert.ToString(reader.GetValue(i))!).ToArray());
        return rows;
    }
}
