using System.CommandLine;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSearch.Index;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch search QUERY [--db] [--json] [--limit N] [--offset N] [--sort relevance|year|METRIC]
/// [--facets year,province]</c>: the total, a page of hits with snippets and matching findings, and facet counts (all
/// of them unless <c>--facets</c> names some). A query that cannot be read exits 2
/// with <c>query error at column N: …</c>; an unusable index exits 1 with a one-line reason.
/// </summary>
public static class SearchCommand
{
    /// <summary>The search JSON: snake_case, Chinese and &lt;mark&gt; written as themselves.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query, e.g. '\"公开不及时\" year:2021 county:尉氏县'" };
        var db = new Option<string>("--db") { Description = "Index file", DefaultValueFactory = _ => ReportIndex.DefaultPath };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var limit = new Option<int>("--limit") { Description = "Hits per page", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "Hits to skip" };
        var sort = new Option<string>("--sort") { Description = "relevance, year or a metric key", DefaultValueFactory = _ => SearchRequest.Relevance };
        var facets = new Option<string?>("--facets") { Description = $"Facets to count, comma-separated (default all: {string.Join(",", SearchRequest.FacetNames)})" };
        var command = new Command("search", "Search the index") { query, db, json, limit, offset, sort, facets };
        command.SetAction(p => Run(new SearchRequest(p.GetValue(query) ?? "", p.GetValue(limit), p.GetValue(offset), p.GetValue(sort)!)
            {
                Facets = FacetList(p.GetValue(facets)),
            },
            p.GetValue(db)!, p.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    // Null (every facet) when the option is not given; unknown names are reported by the search (exit 2).
    private static string[]? FacetList(string? option) =>
        option is null ? null : option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static int Run(SearchRequest request, string db, bool json, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            using var components = IndexComponents.Create();
            using var index = ReportIndex.OpenExisting(db);
            SayWhenLoadingTakes(index, stderr);
            var result = new Searcher(index, components.Analyzer).Search(request);
            if (json) stdout.WriteLine(JsonSerializer.Serialize(result, Json));
            else Write(result, request, stdout);
            return 0;
        }
        catch (QuerySyntaxException e)
        {
            stderr.WriteLine($"query error at {e.Describe()}");
            return 2;
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"reportsearch: {e.Message}");
            return 2;
        }
        catch (IndexUnavailableException e)
        {
            stderr.WriteLine($"reportsearch: {e.Message}");
            return 1;
        }
    }

    // The searcher reads every report's postings into memory before its first text query (about 0.06 ms a report):
    // one-off searches of a large index wait seconds for it, which the user should hear about rather than guess.
    private const long LargeIndex = 20_000;

    private static void SayWhenLoadingTakes(ReportIndex index, TextWriter stderr)
    {
        using var count = index.Connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM reports";
        var reports = (long)(count.ExecuteScalar() ?? 0L);
        if (reports >= LargeIndex)
            stderr.WriteLine($"reportsearch: loading the postings of {reports:N0} reports into memory (seconds; 'reportsearch serve' loads them once)");
    }

    private static void Write(SearchResult result, SearchRequest request, TextWriter output)
    {
        output.WriteLine($"{result.Total:N0} reports" + (result.Total > 0 ? $", {request.Offset + 1}–{request.Offset + result.Hits.Count}:" : ""));
        foreach (var hit in result.Hits)
        {
            output.WriteLine();
            output.WriteLine($"#{hit.Id}  {hit.Year} {hit.Province} {hit.City} {hit.County} {hit.Township}  score {hit.Score:G3}");
            output.WriteLine($"    {hit.File}");
            foreach (var snippet in hit.Snippets) output.WriteLine("    " + Plain(snippet));
            foreach (var finding in hit.Findings) output.WriteLine($"    [{finding.Kind}] " + Plain(finding.Html));
        }
        output.WriteLine();
        foreach (var (name, counts) in result.Facets.Where(f => f.Value.Count > 0))
            output.WriteLine($"{name}: " + string.Join("  ", counts.Take(12).Select(c => $"{c.Key} {c.Value:N0}")));
    }

    // A terminal shows 【matches】 in plain text.
    private static string Plain(string html) =>
        WebUtility.HtmlDecode(html.Replace("<mark>", "【").Replace("</mark>", "】"));
}
