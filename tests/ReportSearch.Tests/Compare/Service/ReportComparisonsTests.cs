using System.Text.Json;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Model;
using ReportSearch.Tests.Cli;
using ReportSearch.Tests.Index;

namespace ReportSearch.Tests.Compare.Service;

/// <summary>
/// The service on a real index of a generated corpus against the pure Compare algorithms run on the same stored
/// reports (read back whole), and against brute force where the issue asks: every answer must be the same.
/// </summary>
[TestFixture]
public sealed class ReportComparisonsTests
{
    private IndexedCorpus _corpus = null!;
    private ReportComparisons _service = null!;
    private List<Report> _reports = null!;

    [OneTimeSetUp]
    public void Index()
    {
        _corpus = new IndexedCorpus(townships: 150, seed: 3);
        _service = new ReportComparisons(_corpus.Index);
        _reports = _corpus.Reports.Select(r => r.Report).ToList();
    }

    [OneTimeTearDown]
    public void Dispose() => _corpus.Dispose();

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    private IEnumerable<IGrouping<TownshipIdentity, Report>> Townships() =>
        _reports.Where(r => r.Year is not null && r.Township is not null).GroupBy(TownshipIdentity.Of);

    [Test]
    public void Year_over_year_equals_the_algorithm_on_the_townships_stored_reports()
    {
        var compared = 0;
        foreach (var township in Townships().Where(g => g.Count() >= 2))
        {
            var identity = township.Key;
            var query = new TownshipQuery(identity.Township!, identity.County, identity.DivisionCode);
            var sameName = Townships().Where(g => g.Key.Township == identity.Township
                                                  && (identity.DivisionCode is null || g.Key.DivisionCode == identity.DivisionCode)
                                                  && (identity.County is null || g.Key.County == identity.County)).ToList();
            if (sameName.Count > 1) continue;  // a name + county that still names several (open counties): covered below
            var answer = _service.YearOverYear(query);
            Assert.That(answer.Match, Is.EqualTo(TownshipMatch.Found), identity.Label);
            Assert.That(Json(answer.Result), Is.EqualTo(Json(new YearOverYear().Compare(township))), identity.Label);
            Assert.That(answer.Result!.Years.Select(y => y.Report.File), Is.SubsetOf(answer.ReportIds.Keys));
            compared++;
        }
        Assert.That(compared, Is.GreaterThan(20));
    }

    [Test]
    public void A_shared_name_lists_its_townships_and_an_unknown_one_suggests_near_names()
    {
        var shared = Townships().GroupBy(g => g.Key.Township).First(n => n.Count() > 1);
        var answer = _service.YearOverYear(new TownshipQuery(shared.Key!));
        Assert.That(answer.Match, Is.EqualTo(TownshipMatch.Ambiguous));
        Assert.That(answer.Candidates.Select(c => c.Key), Is.EquivalentTo(shared.Select(g => g.Key.Key)));

        var name = shared.Key!;
        var unknown = _service.YearOverYear(new TownshipQuery(name[..^1] + "X"));
        Assert.That(unknown.Match, Is.EqualTo(TownshipMatch.Unknown));
        Assert.That(unknown.NearNames, Does.Contain(name));
    }

    [Test]
    public void Peers_equal_the_algorithm_and_brute_force_ranks_percentiles_and_medians()
    {
        var compared = 0;
        foreach (var township in Townships().Where(g => g.Key.DivisionCode is not null && g.Key.County is not null).Take(25))
        {
            var target = township.OrderBy(r => r.Year).ThenBy(r => r.File, StringComparer.Ordinal).First();
            var year = target.Year!.Value;
            var identity = township.Key;
            var answer = _service.Peers(new PeersQuery(new TownshipQuery(identity.Township!, Code: identity.DivisionCode), year));
            var peers = Regions.PeersOf(target, _reports, RegionScope.County);
            Assert.That(Json(answer.Result), Is.EqualTo(Json(PeerRanking.Compare(target, peers))), identity.Label);

            // Brute force for disclosed.total: rank = 1 + values above, percentile = 100 (below + ½ equal) / n, median of the peers.
            var metric = answer.Result!.Metrics.Single(m => m.Key == "disclosed.total");
            var group = peers.Prepend(target).Select(r => MetricKeys.ValueOf(r, "disclosed.total")?.Value).OfType<double>().ToList();
            if (MetricKeys.ValueOf(target, "disclosed.total")?.Value is { } own)
            {
                Assert.That(metric.Rank, Is.EqualTo(1 + group.Count(v => v > own)));
                Assert.That(metric.Percentile, Is.EqualTo(100.0 * (group.Count(v => v < own) + 0.5 * group.Count(v => v == own)) / group.Count).Within(1e-9));
            }
            var peerValues = peers.Select(r => MetricKeys.ValueOf(r, "disclosed.total")?.Value).OfType<double>().Order().ToList();
            double? median = peerValues.Count == 0 ? null
                : peerValues.Count % 2 == 1 ? peerValues[peerValues.Count / 2] : (peerValues[peerValues.Count / 2 - 1] + peerValues[peerValues.Count / 2]) / 2;
            Assert.That(metric.PeerMedian, Is.EqualTo(median).Within(1e-9));
            compared++;
        }
        Assert.That(compared, Is.GreaterThan(10));
    }

    [Test]
    public void Common_problems_equal_the_algorithm_and_brute_force_shares()
    {
        foreach (var province in _reports.Where(r => r.Province is not null).Select(r => r.Province!).Distinct().Take(4))
            foreach (int? year in new int?[] { null, 2022 })
            {
                var inScope = _reports.Where(r => r.Province == province && (year is null || r.Year == year)).ToList();
                var answer = _service.Problems(new ProblemsQuery(year, new RegionFilter(RegionScope.Province, province)));
                Assert.That(Json(answer.Result), Is.EqualTo(Json(new CommonProblems().Rank(inScope))), province);

                var dated = inScope.Where(r => r.Year is not null).ToList();
                var townships = dated.Select(r => TownshipIdentity.Of(r).Key).Distinct().Count();
                foreach (var c in answer.Result.Categories)
                {
                    var reporting = dated.Where(r => r.Problems.Any(f => f.Categories.Contains(c.Category)))
                        .Select(r => TownshipIdentity.Of(r).Key).Distinct().Count();
                    Assert.That(c.Share, Is.EqualTo((double)reporting / townships).Within(1e-12), c.Category);
                }
            }
        var one = _service.Problems(new ProblemsQuery(Category: ProblemCategories.All[0]));
        Assert.That(one.Result.Categories.Select(c => c.Category), Is.SubsetOf(new[] { ProblemCategories.All[0] }));
    }

    [Test]
    public void Copies_from_stored_fingerprints_equal_the_algorithm_on_the_stored_texts()
    {
        var fingerprints = new PassageFingerprints();
        foreach (var city in _reports.Where(r => r.City is not null).Select(r => r.City!).Distinct().Take(6))
        {
            var inScope = _reports.Where(r => r.City == city).OrderBy(r => r.File, StringComparer.Ordinal).ToList();
            var answer = _service.Copies(new CopiesQuery(new RegionFilter(RegionScope.City, city)));
            var expected = new CopiedPassages().Find(inScope.Select(fingerprints.Of).ToList());
            Assert.That(Json(answer.Result.Passages), Is.EqualTo(Json(expected)), city);
        }
        var all = _service.Copies(new CopiesQuery());
        // The truth names files relative to the corpus folder; the index, by full path.
        string Relative(string file) => Path.GetRelativePath(_corpus.Corpus.Directory, file).Replace('\\', '/');
        var relative = all.Result.Passages.Select(c => c with
        {
            Occurrences = c.Occurrences.Select(o => o with { Report = o.Report with { File = Relative(o.Report.File) } }).ToList(),
        }).ToList();
        var score = CompareQuality.ScoreCopies(relative, _corpus.Corpus.History);
        TestContext.Out.WriteLine(score);
        Assert.That(score.Precision, Is.GreaterThanOrEqualTo(0.9));
        Assert.That(score.Recall, Is.GreaterThanOrEqualTo(0.9));
    }

    [Test]
    public void Metrics_equal_the_algorithm_with_missing_values_apart_from_zeros()
    {
        foreach (var key in new[] { "disclosed.total", "requests.new.total", "appeals.review.total", "disclosed.channel.website" })
            foreach (var year in new[] { 2020, 2023 })
            {
                var answer = _service.Metrics(new MetricsQuery(key, year, RegionScope.City));
                var expected = MetricSummary.For(_reports, key, year, RegionScope.City);
                // The index keeps values, not whether a value was approximate: compare without that flag.
                var values = expected.Ranking.Select(v => v with { Approx = false }).ToList();
                Assert.That(Json(answer.Result with { Ranking = answer.Result.Ranking }), Is.EqualTo(Json(expected with { Ranking = values })), key);
                Assert.That(answer.Result.Missing + answer.Result.Ranking.Count, Is.EqualTo(answer.Result.Reports));
            }
    }

    [Test]
    public void Validate_equals_the_algorithm_in_every_scope()
    {
        Assert.That(Json(_service.Validate(new ValidateQuery()).Result), Is.EqualTo(Json(AnomalyChecks.Group(_reports))));
        var county = _reports.First(r => r.County is not null && r.Anomalies.Count > 0).County!;
        Assert.That(Json(_service.Validate(new ValidateQuery(new RegionFilter(RegionScope.County, county))).Result),
            Is.EqualTo(Json(AnomalyChecks.Group(_reports.Where(r => r.County == county)))));
    }

    [Test]
    public void The_cli_prints_json_csv_and_one_line_errors()
    {
        var township = Townships().First(g => g.Count() >= 3 && g.Key.DivisionCode is not null).Key;
        var json = CliProcess.Run("compare", "yoy", township.Township!, "--code", township.DivisionCode!, "--json", "--db", _corpus.DbPath);
        Assert.That(json.ExitCode, Is.EqualTo(0), json.Stderr);
        using (var doc = JsonDocument.Parse(json.Stdout))
        {
            Assert.That(doc.RootElement.GetProperty("match").GetString(), Is.EqualTo("found"));
            Assert.That(doc.RootElement.GetProperty("result").GetProperty("years").GetArrayLength(), Is.GreaterThanOrEqualTo(3));
            Assert.That(doc.RootElement.GetProperty("report_ids").EnumerateObject().Count(), Is.GreaterThanOrEqualTo(3));
        }

        var csv = CliProcess.Run("metrics", "disclosed.total", "--year", "2022", "--csv", "--db", _corpus.DbPath);
        Assert.That(csv.ExitCode, Is.EqualTo(0), csv.Stderr);
        var lines = csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0].Trim(), Is.EqualTo("rank,report_id,file,province,city,county,township,value,percentile,missing"));
        Assert.That(lines.Length - 1, Is.EqualTo(_reports.Count(r => r.Year == 2022)));

        var shared = Townships().GroupBy(g => g.Key.Township).First(n => n.Count() > 1).Key!;
        var ambiguous = CliProcess.Run("compare", "yoy", shared, "--db", _corpus.DbPath);
        Assert.That(ambiguous.ExitCode, Is.EqualTo(1));
        Assert.That(ambiguous.Stderr, Does.StartWith($"reportsearch: '{shared}' names ").And.Contain("--county"));
        Assert.That(ambiguous.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));

        var unknown = CliProcess.Run("compare", "peers", "无此镇", "--year", "2022", "--db", _corpus.DbPath);
        Assert.That(unknown.ExitCode, Is.EqualTo(1));
        Assert.That(unknown.Stderr, Does.StartWith("reportsearch: no township '无此镇'"));

        foreach (var args in new[] { new[] { "problems", "--csv" }, ["copies", "--json"], ["validate", "--csv"], ["compare", "peers", township.Township!, "--code", township.DivisionCode!, "--year", township.Township is null ? "" : _reports.First(r => r.DivisionCode == township.DivisionCode).Year!.Value.ToString(), "--csv"] })
        {
            var run = CliProcess.Run([.. args, "--db", _corpus.DbPath]);
            Assert.That(run.ExitCode, Is.EqualTo(0), string.Join(' ', args) + ": " + run.Stderr);
            Assert.That(run.Stdout, Is.Not.Empty);
        }
        var badScope = CliProcess.Run("copies", "--scope", "village", "X", "--db", _corpus.DbPath);
        Assert.That((badScope.ExitCode, badScope.Stderr.Trim()), Is.EqualTo((2, "reportsearch: unknown scope 'village' (county, city or province)")));
    }
}
