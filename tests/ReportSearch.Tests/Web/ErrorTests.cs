using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportSearch.Search;
using ReportSearch.Tests.Ingest;
using ReportSearch.Web.Endpoints;
using ReportSearch.Web.Hosting;

namespace ReportSearch.Tests.Web;

/// <summary>Failures, limits and the guarded write endpoint: every one a problem details answer, none a stack trace.</summary>
[TestFixture]
public sealed class ErrorTests
{
    /// <summary>A library whose every call fails the way a bug would.</summary>
    private sealed class BrokenLibrary : IReportLibrary
    {
        public SearchResult Search(SearchRequest request) => throw new InvalidOperationException("secret internals at /srv/data");
        public StoredReport? Report(long id) => throw new InvalidOperationException("secret internals at /srv/data");
        public int Count() => 0;
    }

    [Test]
    public async Task An_unexpected_exception_is_a_500_problem_without_details()
    {
        using var folder = new TempFolder();
        using var host = new WebHost(new Dictionary<string, string?> { ["ReportSearch:LogFolder"] = folder.Path },
            services => services.AddSingleton<IReportLibrary, BrokenLibrary>());
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/api/search?q=x");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Not.Contain("secret").And.Not.Contain("InvalidOperationException").And.Not.Contain(" at "));
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32(), Is.EqualTo(500));
    }

    [Test]
    public async Task A_missing_index_is_a_503_problem_and_health_says_so()
    {
        using var folder = new TempFolder();
        using var host = new WebHost(new Dictionary<string, string?>
        {
            ["ReportSearch:Db"] = folder.File("absent.db"), ["ReportSearch:LogFolder"] = folder.Path,
        });
        using var client = host.CreateClient();
        using var search = await client.GetAsync("/api/search?q=x");
        Assert.That(search.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        var problem = await search.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("no index there"));

        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("no_index"));
    }

    [Test]
    public async Task A_client_over_its_rate_is_answered_429_with_retry_after()
    {
        using var folder = new TempFolder();
        using var host = new WebHost(new Dictionary<string, string?>
        {
            ["ReportSearch:Db"] = folder.File("absent.db"), ["ReportSearch:LogFolder"] = folder.Path,
            ["ReportSearch:RatePermits"] = "3", ["ReportSearch:RateWindowSeconds"] = "60",
        });
        using var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/health");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.That(response.Headers.RetryAfter, Is.Not.Null);
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            }
        }
        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests }));
    }

    [Test]
    public async Task A_request_body_over_the_limit_is_a_413_on_the_real_server()
    {
        using var folder = new TempFolder();
        using var host = new WebHost(new Dictionary<string, string?>
        {
            ["ReportSearch:Db"] = folder.File("absent.db"), ["ReportSearch:LogFolder"] = folder.Path,
            ["ReportSearch:MaxRequestBodyBytes"] = "1024",
        });
        host.UseKestrel(0);
        host.StartServer();
        using var client = host.CreateClient();
        // The server answers 413 on the headers and closes; without 100-continue a client still sending the body
        // can see the connection reset before it reads that answer.
        client.DefaultRequestHeaders.ExpectContinue = true;
        var huge = JsonSerializer.Serialize(new { q = new string('人', 100_000) });
        using var response = await client.PostAsync("/api/search", new StringContent(huge, Encoding.UTF8, "application/json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Reindexing_needs_the_flag_and_the_token()
    {
        using var index = new WebIndex();
        var extra = Path.Combine(index.Reports, "more");
        Directory.CreateDirectory(extra);
        File.Copy(SeedFiles.Reports[0], Path.Combine(extra, "copy.txt"));
        using var host = WebHost.On(index, ("AllowReindex", "true"), ("ReindexToken", "let-me-in"), ("Reports:0", index.Reports));
        using var client = host.CreateClient();

        using var anonymous = await client.PostAsync("/api/reindex", null);
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/reindex") { Headers = { { ReindexEndpoints.TokenHeader, "guess" } } };
        Assert.That((await client.SendAsync(wrong)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/reindex") { Headers = { { ReindexEndpoints.TokenHeader, "let-me-in" } } };
        using var done = await client.SendAsync(right);
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        Assert.That(health.GetProperty("reports").GetInt32(), Is.EqualTo(7));
    }
}
