using System.Diagnostics;
using System.Net;

namespace ReportSearch.LoadTest;

/// <summary>How a run is shaped: where, how many clients, how long, and the seed of the query mix.</summary>
public sealed record LoadOptions(Uri Root, int Clients, TimeSpan Duration, TimeSpan WarmUp, int Seed);

/// <summary>What a run measured. Latencies are of the measured part only, warm-up excluded.</summary>
public sealed record LoadResult(
    int Clients, TimeSpan Duration, int Requests, int Errors, IReadOnlyDictionary<string, int> Outcomes,
    double Throughput, double P50, double P90, double P99, double Max, double MeanHits);

/// <summary>
/// Closed-loop load: each client sends its next search as soon as the last one answered, for a fixed time, so the
/// run ends by itself. Every answer not 200 (and every failed connection) is an error, counted by status.
/// </summary>
public sealed class LoadRun(LoadOptions options)
{
    public async Task<LoadResult> Run(CancellationToken cancel)
    {
        // One handler for all clients, its pool as wide as the clients, as a browser population behind one proxy.
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = options.Root, Timeout = TimeSpan.FromSeconds(30) };

        var warmUntil = Stopwatch.GetTimestamp() + (long)(options.WarmUp.TotalSeconds * Stopwatch.Frequency);
        var stopAt = warmUntil + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        var clients = Enumerable.Range(0, options.Clients)
            .Select(i => Task.Run(() => Client(http, new Random(options.Seed * 1000 + i), warmUntil, stopAt, cancel), cancel))
            .ToArray();
        var samples = await Task.WhenAll(clients);

        var latencies = samples.SelectMany(s => s.Latencies).Order().ToArray();
        var outcomes = samples.SelectMany(s => s.Outcomes).GroupBy(o => o.Key)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Value));
        var errors = outcomes.Where(o => o.Key != "200").Sum(o => o.Value);
        double At(double p) => latencies.Length == 0 ? 0 : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
        var hits = samples.Sum(s => s.Hits);
        return new LoadResult(options.Clients, options.Duration, latencies.Length, errors, outcomes,
            latencies.Length / options.Duration.TotalSeconds, At(0.50), At(0.90), At(0.99), latencies.LastOrDefault(),
            latencies.Length == 0 ? 0 : (double)hits / latencies.Length);
    }

    private sealed record ClientSamples(List<double> Latencies, Dictionary<string, int> Outcomes, long Hits);

    private static async Task<ClientSamples> Client(HttpClient http, Random random, long warmUntil, long stopAt, CancellationToken cancel)
    {
        var samples = new ClientSamples([], [], 0);
        long hits = 0;
        while (!cancel.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            if (started >= stopAt) break;
            var query = QueryMix.Next(random);
            string outcome;
            long total = 0;
            try
            {
                using var response = await http.GetAsync(query.PathAndQuery, cancel);
                var body = await response.Content.ReadAsStringAsync(cancel);
                outcome = ((int)response.StatusCode).ToString();
                if (response.StatusCode == HttpStatusCode.OK) total = TotalOf(body);
            }
            catch (HttpRequestException e)
            {
                outcome = "connection: " + e.HttpRequestError;
            }
            catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
            {
                outcome = "timeout";
            }
            if (started < warmUntil) continue;
            samples.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            samples.Outcomes[outcome] = samples.Outcomes.GetValueOrDefault(outcome) + 1;
            hits += total;
        }
        return samples with { Hits = hits };
    }

    // The total is the answer's first field; reading it by hand keeps JSON parsing out of the client's costs.
    private static long TotalOf(string body)
    {
        var at = body.IndexOf("\"total\":", StringComparison.Ordinal);
        if (at < 0) return 0;
        at += 8;
        var end = at;
        while (end < body.Length && char.IsAsciiDigit(body[end])) end++;
        return long.TryParse(body.AsSpan(at, end - at), out var n) ? n : 0;
    }
}
