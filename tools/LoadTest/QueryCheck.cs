namespace ReportSearch.LoadTest;

/// <summary>Before the load: every query of the mix once, so a query the host rejects is a clear message, not a wall of errors.</summary>
public static class QueryCheck
{
    public static bool AllAnswer(Uri root, TextWriter output)
    {
        using var http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromSeconds(60) };
        var random = new Random(0);
        var queries = Enumerable.Range(0, 2000).Select(_ => QueryMix.Next(random) with { Offset = 0, Sort = null }).Distinct().ToList();
        var ok = true;
        foreach (var query in queries)
        {
            using var response = http.GetAsync(query.PathAndQuery).GetAwaiter().GetResult();
            if (response.IsSuccessStatusCode) continue;
            ok = false;
            output.WriteLine($"query '{query.Q}' answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }
        output.WriteLine($"{queries.Count} distinct queries checked");
        return ok;
    }
}
