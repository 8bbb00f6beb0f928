using ReportSearch.Compare;
using static ReportSearch.Tests.Compare.Reports;

namespace ReportSearch.Tests.Compare;

public class MetricSummaryTests
{
    [Test]
    public void Quartiles_interpolate_between_closest_ranks()
    {
        var d = Distribution.Of([4, 1, 3, 2])!;
        Assert.That((d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean), Is.EqualTo((1.0, 1.75, 2.5, 3.25, 4.0, 2.5)));
        Assert.That(Distribution.Of([7])!.Median, Is.EqualTo(7));
        Assert.That(Distribution.Of([]), Is.Null);
    }

    [Test]
    public void A_report_without_the_metric_is_counted_missing_not_zero()
    {
        var reports = new[]
        {
            Make("甲镇", 2021, metrics: [Metric("disclosed.total", 300)]),
            Make("乙镇", 2021, metrics: [Metric("disclosed.total", 100)]),
            Make("丙镇", 2021, county: "杞县", metrics: [Metric("disclosed.total", 200)]),
            Make("丁镇", 2021, county: "杞县"),
            Make("甲镇", 2020, metrics: [Metric("disclosed.total", 5)]),
        };
        var overview = MetricSummary.For(reports, "disclosed.total", 2021);
        Assert.That((overview.Reports, overview.Missing), Is.EqualTo((4, 1)));
        Assert.That(overview.Distribution!.Median, Is.EqualTo(200));
        Assert.That(overview.Distribution.Min, Is.EqualTo(100));
        Assert.That(overview.Ranking.Select(r => (r.Report.Township.Township, r.Rank)), Is.EqualTo(new[] { ("甲镇", 1), ("丙镇", 2), ("乙镇", 3) }));
        Assert.That(overview.MissingReports.Single().Township.Township, Is.EqualTo("丁镇"));
        Assert.That(overview.Groups.Select(g => (g.Region, g.Reports, g.Missing, g.Distribution?.Median)),
            Is.EqualTo(new[] { ("河南省/开封市/尉氏县", 2, 0, (double?)200), ("河南省/开封市/杞县", 2, 1, (double?)200) }));
    }

    [Test]
    public void Anomalies_are_grouped_by_kind()
    {
        var a = Make("甲镇", 2021) with { Anomalies = [new("requests", "sum_mismatch", "x"), new("appeals", "cell_count", "y")] };
        var b = Make("乙镇", 2021) with { Anomalies = [new("requests", "sum_mismatch", "z")] };
        var groups = AnomalyChecks.Group([a, b]);
        Assert.That(groups.Select(g => (g.Kind, g.Reports, g.Anomalies.Count)), Is.EqualTo(new[] { ("sum_mismatch", 2, 2), ("cell_count", 1, 1) }));
    }
}
