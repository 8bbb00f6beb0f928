using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Web.Compare;

namespace ReportSearch.Tests.Web;

/// <summary>The comparison API over the seed index: answers, CSV, and a problem for every kind of bad input.</summary>
[TestFixture]
public sealed class CompareApiTests : ApiFixture
{
    protected override (string Key, string? Value)[] Settings => [("RatePermits", "0")];

    private static string E(string text) => Uri.EscapeDataString(text);

    private async Task<JsonElement> Ok(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<JsonElement> Problem(string path, HttpStatusCode status)
    {
        using var response = await Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> Csv(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        return (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
    }

    [Test]
    public async Task Year_over_year_names_the_township_and_links_its_reports()
    {
        var answer = await Ok("/api/compare/yoy?township=" + E("张市镇"));
        var result = answer.GetProperty("result");
        Assert.That(result.GetProperty("township").GetProperty("township").GetString(), Is.EqualTo("张市镇"));
        var year = result.GetProperty("years")[0];
        Assert.That(year.GetProperty("year").GetInt32(), Is.EqualTo(2021));
        Assert.That(year.GetProperty("metrics").GetArrayLength(), Is.GreaterThan(5));
        var file = year.GetProperty("report").GetProperty("file").GetString()!;
        Assert.That(answer.GetProperty("report_ids").GetProperty(file).GetInt64(), Is.GreaterThan(0));
        Assert.That(await Csv("/api/compare/yoy?format=csv&township=" + E("张市镇")), Does.StartWith("year,key,value,approx,previous_year"));
    }

    [Test]
    public async Task Year_over_year_refuses_a_missing_or_unknown_township()
    {
        await Problem("/api/compare/yoy", HttpStatusCode.BadRequest);
        await Problem("/api/compare/yoy?township=" + new string('镇', 101), HttpStatusCode.BadRequest);
        var unknown = await Problem("/api/compare/yoy?township=" + E("张市乡"), HttpStatusCode.NotFound);
        Assert.That(unknown.GetProperty("near_names").EnumerateArray().Select(n => n.GetString()), Does.Contain("张市镇"));
        await Problem("/api/compare/yoy?township=" + E("张市镇") + "&county=" + E("方正县"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task An_ambiguous_township_is_a_409_listing_the_candidates()
    {
        var candidates = new[] { Identity("code:410223100", "城关镇", "尉氏县"), Identity("code:410322100", "城关镇", "孟津县") };
        using var host = new WebHost(
            new Dictionary<string, string?> { ["ReportSearch:Db"] = Index.Db, ["ReportSearch:LogFolder"] = Index.Scratch("logs-fake") },
            services => services.AddSingleton<ICompareLibrary>(new AmbiguousLibrary(candidates)));
        using var client = host.CreateClient();
        foreach (var path in new[] { "/api/compare/yoy?township=", "/api/compare/peers?year=2021&township=" })
        {
            using var response = await client.GetAsync(path + E("城关镇"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            var listed = problem.GetProperty("candidates").EnumerateArray().ToList();
            Assert.That(listed.Select(c => c.GetProperty("county").GetString()), Is.EqualTo(new[] { "尉氏县", "孟津县" }));
            Assert.That(listed[0].GetProperty("code").GetString(), Is.EqualTo("410223100"));
        }
    }

    [Test]
    public async Task Peers_rank_the_township_among_its_province()
    {
        var answer = await Ok("/api/compare/peers?township=" + E("小孟镇") + "&year=2021&scope=province&metrics=disclosed.total");
        var result = answer.GetProperty("result");
        Assert.That(result.GetProperty("township").GetProperty("township").GetProperty("township").GetString(), Is.EqualTo("小孟镇"));
        Assert.That(result.GetProperty("metrics")[0].GetProperty("key").GetString(), Is.EqualTo("disclosed.total"));
        Assert.That(await Csv("/api/compare/peers?format=csv&year=2021&township=" + E("小孟镇")), Does.StartWith("key,rank,percentile,value"));
    }

    [Test]
    public async Task Peers_refuse_bad_input()
    {
        var township = "/api/compare/peers?township=" + E("小孟镇");
        await Problem(township, HttpStatusCode.BadRequest);
        await Problem(township + "&year=abc", HttpStatusCode.BadRequest);
        await Problem(township + "&year=1200", HttpStatusCode.BadRequest);
        await Problem(township + "&year=2021&scope=village", HttpStatusCode.BadRequest);
        await Problem(township + "&year=2021&scope=1", HttpStatusCode.BadRequest);
        await Problem(township + "&year=2021&metrics=" + string.Join(",", Enumerable.Range(0, 51).Select(i => "m" + i)), HttpStatusCode.BadRequest);
        var none = await Problem(township + "&year=2015", HttpStatusCode.NotFound);
        Assert.That(none.GetProperty("title").GetString(), Is.EqualTo("No report that year"));
    }

    [Test]
    public async Task Problems_rank_categories_with_trend_and_typical_statements()
    {
        var answer = await Ok("/api/problems");
        var categories = answer.GetProperty("result").GetProperty("categories");
        Assert.That(categories.GetArrayLength(), Is.GreaterThan(0));
        var first = categories[0];
        Assert.That(first.GetProperty("trend").GetArrayLength(), Is.GreaterThan(0));
        var statement = first.GetProperty("representative")[0];
        var file = statement.GetProperty("report").GetProperty("file").GetString()!;
        Assert.That(answer.GetProperty("report_ids").TryGetProperty(file, out _), Is.True);

        var staffing = await Ok("/api/problems?category=staffing&year=2021&province=" + E("山东省"));
        Assert.That(staffing.GetProperty("result").GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("category").GetString()),
            Is.All.EqualTo("staffing"));
        Assert.That(await Csv("/api/problems?format=csv"), Does.StartWith("category,reporting,townships,share,year"));
    }

    [Test]
    public async Task Problems_refuse_bad_input()
    {
        await Problem("/api/problems?category=nonsense", HttpStatusCode.BadRequest);
        await Problem("/api/problems?year=twenty", HttpStatusCode.BadRequest);
        var region = await Problem("/api/problems?county=" + E("尉氏"), HttpStatusCode.NotFound);
        Assert.That(region.GetProperty("near_names").EnumerateArray().Select(n => n.GetString()), Does.Contain("尉氏县"));
        await Problem("/api/problems?city=" + new string('市', 101), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Copies_answer_groups_and_refuse_bad_lengths()
    {
        var answer = await Ok("/api/copies?min-chars=30");
        Assert.That(answer.GetProperty("result").GetProperty("reports").GetInt32(), Is.EqualTo(6));
        Assert.That(answer.GetProperty("result").GetProperty("passages").ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(await Csv("/api/copies?format=csv"), Does.StartWith("group,kind,verbatim"));
        await Problem("/api/copies?min-chars=5", HttpStatusCode.BadRequest);
        await Problem("/api/copies?min-chars=x", HttpStatusCode.BadRequest);
        await Problem("/api/copies?province=" + E("火星省"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_metric_is_ranked_for_a_year_and_grouped()
    {
        var answer = await Ok("/api/metrics/disclosed.total?year=2021&group-by=province");
        var result = answer.GetProperty("result");
        Assert.That(result.GetProperty("key").GetString(), Is.EqualTo("disclosed.total"));
        Assert.That(result.GetProperty("ranking").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(result.GetProperty("groups").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(await Csv("/api/metrics/disclosed.total?year=2021&format=csv"), Does.StartWith("rank,percentile,value"));
    }

    [Test]
    public async Task A_metric_question_refuses_bad_input()
    {
        await Problem("/api/metrics/disclosed.total", HttpStatusCode.BadRequest);
        await Problem("/api/metrics/" + E("DROP TABLE") + "?year=2021", HttpStatusCode.BadRequest);
        await Problem("/api/metrics/disclosed.total?year=2021&group-by=street", HttpStatusCode.BadRequest);
        await Problem("/api/metrics/no.such.metric?year=2021", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Validate_groups_anomalies_by_kind()
    {
        var answer = await Ok("/api/validate");
        Assert.That(answer.GetProperty("result").ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(await Csv("/api/validate?format=csv&year=2021"), Does.StartWith("kind,table,detail"));
        await Problem("/api/validate?year=0", HttpStatusCode.BadRequest);
        await Problem("/api/validate?county=" + E("不存在县"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task OpenApi_lists_the_comparison_endpoints()
    {
        var paths = (await Ok("/openapi/v1.json")).GetProperty("paths");
        foreach (var path in new[] { "/api/compare/yoy", "/api/compare/peers", "/api/problems", "/api/copies", "/api/metrics/{key}", "/api/validate" })
            Assert.That(paths.TryGetProperty(path, out _), Is.True, path);
    }

    private static TownshipIdentity Identity(string key, string township, string county) =>
        new(key, key["code:".Length..], township, county, [], "某市", "河南省");

    /// <summary>A library for which every township name is shared by the given candidates.</summary>
    private sealed class AmbiguousLibrary(IReadOnlyList<TownshipIdentity> candidates) : ICompareLibrary
    {
        private TownshipAnswer<T> Ambiguous<T>() where T : class => new(TownshipMatch.Ambiguous, null, candidates, [], new Dictionary<string, long>());
        public TownshipAnswer<YearOverYearResult> YearOverYear(TownshipQuery query) => Ambiguous<YearOverYearResult>();
        public TownshipAnswer<PeerComparison> Peers(PeersQuery query) => Ambiguous<PeerComparison>();
        public ComparisonAnswer<CommonProblemsResult> Problems(ProblemsQuery query) => throw new NotSupportedException();
        public ComparisonAnswer<CopiesResult> Copies(CopiesQuery query) => throw new NotSupportedException();
        public ComparisonAnswer<MetricOverview> Metrics(MetricsQuery query) => throw new NotSupportedException();
        public ComparisonAnswer<IReadOnlyList<AnomalyGroup>> Validate(ValidateQuery query) => throw new NotSupportedException();
        public IReadOnlyList<string> NearRegionNames(RegionScope level, string name) => [name];
    }
}
