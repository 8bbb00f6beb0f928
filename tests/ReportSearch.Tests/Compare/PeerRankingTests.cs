using ReportSearch.Compare;
using ReportSearch.Model;
using static ReportSearch.Tests.Compare.Reports;

namespace ReportSearch.Tests.Compare;

/// <summary>Ranks, percentiles, medians and shared categories equal a brute-force computation over the same reports.</summary>
public class PeerRankingTests
{
    private static readonly string[] Categories = ["staffing", "training", "timeliness", "publicity", "new_media"];

    private static List<Report> RandomCounty(int seed, int townships)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, townships).Select(i =>
        {
            var metrics = new List<Metric>();
            // Few distinct values so ties are common; some townships state nothing (missing is not zero).
            foreach (var key in new[] { "disclosed.total", "disclosed.channel.wechat", "requests.new.total", "appeals.review.total", "art20.licensing.decisions" })
                if (rng.NextDouble() < 0.8) metrics.Add(Metric(key, rng.Next(0, 6) * 10));
            var problems = Categories.Where(_ => rng.NextDouble() < 0.3).Select(c => Finding("问题" + c + "。", c)).ToList();
            return Make("镇" + i, 2021, metrics: metrics, problems: problems);
        }).ToList();
    }

    private static double BruteMedian(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    [Test]
    public void Ranks_percentiles_and_medians_match_brute_force([Range(1, 40)] int seed)
    {
        var county = RandomCounty(seed, 3 + seed % 17);
        foreach (var target in county)
        {
            var comparison = PeerRanking.Compare(target, county);
            Assert.That(comparison.Metrics.Select(m => m.Key),
                Is.EquivalentTo(new[] { "disclosed.total", "disclosed.channel.wechat", "requests.new.total", "appeals.review.total" }.Where(k => county.Any(r => r.Metrics.Any(m => m.Key == k)))));
            foreach (var metric in comparison.Metrics)
            {
                var all = county.SelectMany(r => r.Metrics.Where(m => m.Key == metric.Key).Select(m => m.Value)).ToList();
                var peers = county.Where(r => r != target).SelectMany(r => r.Metrics.Where(m => m.Key == metric.Key).Select(m => m.Value)).ToList();
                var own = target.Metrics.FirstOrDefault(m => m.Key == metric.Key)?.Value;
                Assert.That(metric.Missing, Is.EqualTo(county.Count - all.Count));
                Assert.That(metric.PeerMedian, peers.Count == 0 ? Is.Null : Is.EqualTo(BruteMedian(peers)).Within(1e-9));
                if (own is null)
                {
                    Assert.That(metric.Rank, Is.Null);
                    continue;
                }
                Assert.That(metric.Rank, Is.EqualTo(1 + all.Count(v => v > own)));
                Assert.That(metric.Percentile, Is.EqualTo(100.0 * (all.Count(v => v < own) + 0.5 * all.Count(v => v == own)) / all.Count).Within(1e-9));
                foreach (var ranked in metric.Values)
                    Assert.That(ranked.Rank, Is.EqualTo(1 + all.Count(v => v > ranked.Value)));
            }
        }
    }

    [Test]
    public void Shared_categories_and_problems_reported_alone_match_brute_force([Range(1, 20)] int seed)
    {
        var county = RandomCounty(seed, 2 + seed % 9);
        foreach (var target in county)
        {
            var others = county.Where(r => r != target).ToList();
            var comparison = PeerRanking.Compare(target, county);
            Assert.That(comparison.Peers, Has.Count.EqualTo(others.Count), "the township itself is not its own peer");
            foreach (var shared in comparison.SharedCategories)
            {
                var brute = others.Count(r => r.Problems.Any(p => p.Categories.Contains(shared.Category)));
                Assert.That(shared.PeersReporting, Is.EqualTo(brute));
                Assert.That(shared.PeerShare, Is.EqualTo(others.Count == 0 ? 0 : (double)brute / others.Count));
            }
            Assert.That(comparison.SharedCategories.Select(s => s.Category), Is.EquivalentTo(target.Problems.SelectMany(p => p.Categories).Distinct()));
            Assert.That(comparison.ReportedAlone,
                Is.EqualTo(target.Problems.Where(p => !others.Any(o => o.Problems.Any(q => q.Categories.Intersect(p.Categories).Any())))));
        }
    }

    [Test]
    public void Peers_of_a_region_are_the_same_year_and_region_other_townships()
    {
        var a = Make("甲镇", 2021);
        var b = Make("乙镇", 2021);
        var otherCounty = Make("丙镇", 2021, county: "杞县");
        var otherYear = Make("丁镇", 2020);
        var open = Make("城关镇", 2021, candidates: ["尉氏县", "杞县"]);
        var all = new[] { a, b, otherCounty, otherYear, open };
        Assert.That(Regions.PeersOf(a, all, RegionScope.County), Is.EqualTo(new[] { b }));
        Assert.That(Regions.PeersOf(a, all, RegionScope.City), Is.EquivalentTo(new[] { b, otherCounty, open }));
        Assert.That(Regions.PeersOf(open, all, RegionScope.County), Is.Empty, "an open county has no county peers");
    }

    [Test]
    public void Metric_patterns_expand_over_the_keys_present()
    {
        Assert.That(MetricKeys.Matches("appeals.*.total", "appeals.review.total"));
        Assert.That(MetricKeys.Matches("appeals.*.total", "appeals.review.upheld"), Is.False);
        Assert.That(MetricKeys.Matches("disclosed.channel.*", "disclosed.channel.wechat"));
        Assert.That(MetricKeys.Matches("disclosed.channel.*", "disclosed.total"), Is.False);
        Assert.That(MetricKeys.Expand(MetricKeys.PeerDefaults, ["appeals.suit_direct.total", "disclosed.channel.weibo", "disclosed.total", "x"]),
            Is.EqualTo(new[] { "disclosed.total", "disclosed.channel.weibo", "requests.new.total", "appeals.suit_direct.total" }));
    }
}
