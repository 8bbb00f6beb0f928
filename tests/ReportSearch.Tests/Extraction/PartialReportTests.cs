using ReportSearch.Divisions;
using ReportSearch.Extraction;
using ReportSearch.Model;

namespace ReportSearch.Tests.Extraction;

/// <summary>
/// Damaged and incomplete reports give partial Reports, never exceptions: what is there is read, what is missing is
/// said (missing_table, cell_count), and every offset still points into the text.
/// </summary>
public class PartialReportTests
{
    private static readonly Lazy<ReportLoader> Loader = new(() => new ReportLoader(DivisionTable.Load()));

    private static Report FromText(string text) => Loader.Value.FromText("test.txt", "0", text);

    private static string Seed(string name) => File.ReadAllText(SeedFiles.PathOf(name));

    [Test]
    public void A_report_cut_in_the_middle_of_table_three_keeps_what_comes_before()
    {
        var text = Seed("000_7269bd74ef3e0715.txt");
        var cut = text[..text.IndexOf("4.保护第三方合法权益", StringComparison.Ordinal)];
        var report = FromText(cut);
        Assert.Multiple(() =>
        {
            Assert.That(report.Township, Is.EqualTo("张市镇"));
            Assert.That(report.Metrics.Count(m => m.Key.StartsWith("art20.", StringComparison.Ordinal)), Is.EqualTo(10), "table 二 is whole");
            Assert.That(report.Metrics.Any(m => m.Key == "requests.result.withheld.security_stability.total"), "rows before the cut");
            Assert.That(report.Metrics.Any(m => m.Key.StartsWith("requests.result.total", StringComparison.Ordinal)), Is.False, "rows after the cut");
            Assert.That(report.Anomalies, Has.Some.Matches<Anomaly>(a => a.Table == "appeals" && a.Kind == AnomalyKinds.MissingTable));
            Assert.That(report.Problems, Is.Empty);
        });
    }

    [Test]
    public void A_row_cut_short_is_a_cell_count_anomaly()
    {
        var text = Seed("004_718221f2d83cfcc1.txt").Replace("行政许可\t1\t0\t15", "行政许可\t1\t15", StringComparison.Ordinal);
        var report = FromText(text);
        Assert.That(report.Anomalies, Has.Some.Matches<Anomaly>(a => a.Table == "proactive" && a.Kind == AnomalyKinds.CellCount && a.Detail.Contains("licensing")));
    }

    [Test]
    public void A_report_without_a_problems_section_still_has_its_tables_and_metadata()
    {
        var text = Seed("002_f66fc89e634cbc5e.txt");
        int start = text.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal);
        int end = text.IndexOf("六、其他需要报告的事项", StringComparison.Ordinal);
        var report = FromText(text[..start] + text[end..]);
        Assert.Multiple(() =>
        {
            Assert.That(report.Problems, Is.Empty);
            Assert.That(report.Metrics.Count(m => m.Source == Metric.FromTable), Is.EqualTo(200));
            Assert.That(report.County, Is.EqualTo("兖州区"));
            Assert.That(report.Sections.Select(s => s.Kind), Does.Not.Contain(SectionKinds.Problems));
        });
    }

    [Test]
    public void A_sum_that_does_not_add_up_is_reported()
    {
        // 一、本年新收 in the natural-person column becomes 3: 一+二 no longer equals 三(七)+四, nor the row its total.
        var text = Seed("002_f66fc89e634cbc5e.txt");
        int row = text.IndexOf("一、本年新收政府信息公开申请数量", StringComparison.Ordinal);
        int cell = text.IndexOf("\t0", row, StringComparison.Ordinal);
        var report = FromText(text[..cell] + "\t3" + text[(cell + 2)..]);
        var sums = report.Anomalies.Where(a => a.Kind == AnomalyKinds.SumMismatch).ToList();
        Assert.That(sums.Select(a => a.Detail), Has.Some.Contains("natural_person").And.Some.Contains("requests.new"));
    }

    [Test]
    public void Prose_that_contradicts_table_three_is_a_conflict()
    {
        var text = Seed("002_f66fc89e634cbc5e.txt").Replace("2021年未收到政府信息公开申请", "2021年共收到政府信息公开申请16件", StringComparison.Ordinal);
        var report = FromText(text);
        Assert.Multiple(() =>
        {
            Assert.That(report.Metrics.Single(m => m.Key == "requests.received").Value, Is.EqualTo(16));
            Assert.That(report.Anomalies, Has.Some.Matches<Anomaly>(a => a.Kind == AnomalyKinds.TextTableConflict));
        });
    }

    [Test]
    public void Text_with_no_report_in_it_gives_an_empty_report_with_missing_tables()
    {
        var report = FromText("这是一段与年度报告无关的文字。\n今天天气很好，我们去公园散步。");
        Assert.Multiple(() =>
        {
            Assert.That(report.Metrics, Is.Empty);
            Assert.That(report.Township, Is.Null);
            Assert.That(report.Template, Is.Null);
            Assert.That(report.Anomalies.Where(a => a.Kind == AnomalyKinds.MissingTable).Select(a => a.Table),
                Is.EquivalentTo(new[] { "proactive", "requests", "appeals" }));
        });
    }

    [Test]
    public void Every_truncation_of_every_seed_extracts_without_error_and_keeps_offsets_valid()
    {
        foreach (var path in SeedFiles.Reports)
        {
            var text = File.ReadAllText(path);
            for (int k = 1; k <= 40; k++)
            {
                var cut = text[..(text.Length * k / 41)];
                var report = FromText(cut);
                foreach (var m in report.Metrics) Assert.That(report.Text[m.Start..m.End], Is.EqualTo(m.Quote));
                foreach (var f in report.Problems.Concat(report.Measures)) Assert.That(report.Text[f.Start..f.End], Is.EqualTo(f.Text));
            }
        }
    }

    [Test]
    public void A_long_text_is_extracted_in_bounded_time_and_memory()
    {
        // Ten copies of a report back to back (≈ 40 k characters): still one pass per stage, no blow-up.
        var text = string.Concat(Enumerable.Repeat(Seed("003_5f48812134be5170.txt"), 10));
        FromText(Seed("003_5f48812134be5170.txt")); // the loader's one-time set-up is not the text's cost
        long before = GC.GetAllocatedBytesForCurrentThread();
        var report = FromText(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(report.Metrics.Count(m => m.Source == Metric.FromTable), Is.EqualTo(198), "each table read once");
        Assert.That(allocated, Is.LessThan(100L * text.Length * sizeof(char)), "allocation stays proportional to the text");
    }
}
