using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ReportSearch.Web.Endpoints;

namespace ReportSearch.Tests.Web;

/// <summary>The JSON API over a real index, through the in-memory test server.</summary>
[TestFixture]
public sealed class ApiTests : ApiFixture
{
    [Test]
    public async Task Health_says_ok_and_counts_the_reports()
    {
        var health = await Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(health.GetProperty("reports").GetInt32(), Is.EqualTo(6));
    }

    [Test]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.That(paths.TryGetProperty("/api/search", out _) || paths.TryGetProperty("/api/search/", out _), Is.True);
        Assert.That(paths.TryGetProperty("/api/reports/{id}", out _), Is.True);
        Assert.That(paths.TryGetProperty("/health", out _), Is.True);
    }

    [Test]
    public async Task Search_finds_reports_with_marked_snippets_and_facets()
    {
        var result = await Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("人员配置有限"));
        Assert.That(result.GetProperty("total").GetInt32(), Is.GreaterThanOrEqualTo(2));
        var hit = result.GetProperty("hits")[0];
        Assert.That(hit.GetProperty("snippets")[0].GetString(), Does.Contain("<mark>"));
        Assert.That(result.GetProperty("facets").GetProperty("year").EnumerateObject().Any(), Is.True);
    }

    [Test]
    public async Task Search_snippets_carry_report_markup_escaped()
    {
        var result = await Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(WebIndex.HostileMarker));
        Assert.That(result.GetProperty("total").GetInt32(), Is.EqualTo(1));
        var snippet = string.Join("", result.GetProperty("hits")[0].GetProperty("snippets").EnumerateArray().Select(s => s.GetString()));
        Assert.That(snippet, Does.Contain("&lt;script&gt;"));
        Assert.That(snippet.Replace("<mark>", "").Replace("</mark>", ""), Does.Not.Contain("<"));
    }

    [Test]
    public async Task A_query_the_parser_cannot_read_is_a_400_problem_saying_where()
    {
        using var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("year:20x"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(400));
        Assert.That(problem.GetProperty("detail").GetString(), Does.StartWith("column 6:"));
    }

    [Test]
    public async Task An_unknown_sort_is_a_400_problem()
    {
        using var response = await Client.GetAsync("/api/search?q=x&sort=nonsense.key");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_query_over_the_length_limit_is_a_400_problem()
    {
        using var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(new string('人', 2000)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("2000"));
    }

    [Test]
    public async Task Limits_out_of_range_are_400_problems()
    {
        using var tooMany = await Client.GetAsync("/api/search?q=x&limit=100000");
        using var notANumber = await Client.GetAsync("/api/search?q=x&offset=abc");
        Assert.That(tooMany.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(notANumber.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(notANumber.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Search_as_csv_has_a_header_row_and_one_row_per_hit()
    {
        using var response = await Client.GetAsync("/api/search?format=csv&q=" + Uri.EscapeDataString("人员配置有限"));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0].TrimEnd('\r'), Is.EqualTo("id,year,province,city,county,township,score,file,snippet"));
        Assert.That(lines, Has.Length.GreaterThanOrEqualTo(3));
    }

    [Test]
    public async Task A_report_comes_back_with_its_text_sections_and_metrics()
    {
        var search = await Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(WebIndex.HostileMarker));
        var id = search.GetProperty("hits")[0].GetProperty("id").GetInt64();
        var view = await Client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
        var report = view.GetProperty("report");
        Assert.That(view.GetProperty("id").GetInt64(), Is.EqualTo(id));
        Assert.That(report.GetProperty("text").GetString(), Does.Contain(WebIndex.HostileMarkup));
        Assert.That(report.GetProperty("sections").GetArrayLength(), Is.GreaterThan(3));
        Assert.That(report.GetProperty("metrics").GetArrayLength(), Is.GreaterThan(10));

        using var csv = await Client.GetAsync($"/api/reports/{id}?format=csv");
        Assert.That((await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), Does.StartWith("key,value,approx,unit,source,quote,start,end"));
    }

    [Test]
    public async Task Json_answers_escape_markup_characters()
    {
        var search = await Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(WebIndex.HostileMarker));
        var id = search.GetProperty("hits")[0].GetProperty("id").GetInt64();
        var raw = await Client.GetStringAsync($"/api/reports/{id}");
        Assert.That(raw, Does.Not.Contain("<script>"));
    }

    [Test]
    public async Task An_unknown_report_is_a_404_problem()
    {
        using var response = await Client.GetAsync("/api/reports/987654");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Reindexing_does_not_exist_unless_allowed()
    {
        using var response = await Client.PostAsync("/api/reindex", null);
        Assert.That((int)response.StatusCode, Is.AnyOf(404, 405));
    }

    [Test]
    public async Task The_page_is_served_with_a_strict_content_security_policy()
    {
        using var response = await Client.GetAsync("/");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("js/app.js"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self'"));
        using var echarts = await Client.GetAsync("/vendor/echarts.min.js");
        Assert.That(echarts.StatusCode, Is.EqualTo(HttpStatusCode.OK), "ECharts is copied from npm into wwwroot at build");
    }

    [Test]
    public void Requests_are_logged_one_line_each_to_the_rolling_file()
    {
        var folder = Index.Scratch("logs");
        string[] lines = [];
        for (var i = 0; i < 50 && !lines.Any(l => l.Contains("GET /health 200")); i++)
        {
            Client.GetAsync("/health").Wait();
            Thread.Sleep(100);
            lines = Directory.GetFiles(folder, "web-*.log").SelectMany(f =>
            {
                using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                return new StreamReader(stream).ReadToEnd().Split('\n');
            }).ToArray();
        }
        Assert.That(lines.Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"GET /health 200 \d+ ms")), Is.True,
            "a line with method, path, status and milliseconds in " + folder);
    }
}
