using ReportSearch.CorpusGen.Tables;
using ReportSearch.Model;

namespace ReportSearch.Tests.CorpusGen;

/// <summary>
/// Every truth table satisfies the template's checks (勾稽关系, 总计 of rows and columns, table 四's totals) except
/// where a sum_mismatch is recorded; every table cell of the template is in the truth unless its table is recorded
/// missing; and each recorded anomaly can be seen in the file.
/// </summary>
[TestFixture]
public sealed class TableTruthTests
{
    private GeneratedCorpus _corpus = null!;

    [OneTimeSetUp]
    public void Generate() => _corpus = GeneratedCorpus.Create(townships: 80, seed: 5, adjust: o => o with { AnomalyShare = 0.3 });

    [OneTimeTearDown]
    public void Remove() => _corpus.Dispose();

    [Test]
    public void Tables_add_up_except_where_a_sum_mismatch_is_recorded()
    {
        var checkedReports = 0;
        foreach (var truth in _corpus.Truths)
        {
            var cells = truth.Metrics.Where(m => m.Source == Metric.FromTable).ToDictionary(m => m.Key, m => m.Value);
            var failed = TableChecks.Failures(truth.Template!, k => cells.GetValueOrDefault(k))
                .Where(f => !truth.Anomalies.Any(a => a.Kind == AnomalyKinds.MissingTable && a.Table == f.Table))
                .Select(f => f.Table).Distinct().ToList();
            var recorded = truth.Anomalies.Where(a => a.Kind == AnomalyKinds.SumMismatch).Select(a => a.Table).Distinct().ToList();
            Assert.That(failed, Is.EquivalentTo(recorded), truth.File);
            checkedReports++;
        }
        Assert.That(checkedReports, Is.GreaterThan(300));
        Assert.That(_corpus.Truths.Count(t => t.Anomalies.Any(a => a.Kind == AnomalyKinds.SumMismatch)), Is.GreaterThan(5));
    }

    [Test]
    public void Every_template_cell_is_in_the_truth_unless_its_table_is_missing()
    {
        foreach (var truth in _corpus.Truths)
        {
            var missing = truth.Anomalies.Where(a => a.Kind == AnomalyKinds.MissingTable).Select(a => a.Table).ToHashSet();
            var expected = TemplateSchema.AllKeys(truth.Template!).Where(k => !missing.Contains(TableValues.TableOf(k)));
            var actual = truth.Metrics.Where(m => m.Source == Metric.FromTable).Select(m => m.Key);
            Assert.That(actual, Is.EqualTo(expected), truth.File);
        }
        Assert.That(TemplateSchema.AllKeys("2021"), Has.Count.EqualTo(200));
        Assert.That(TemplateSchema.AllKeys("2019"), Has.Count.EqualTo(198));
    }

    [Test]
    public void Recorded_anomalies_show_in_the_files()
    {
        foreach (var truth in _corpus.Truths.Where(t => t.Anomalies.Count > 0))
        {
            var text = _corpus.TextOf(truth.File);
            foreach (var anomaly in truth.Anomalies)
            {
                switch (anomaly.Kind)
                {
                    case AnomalyKinds.MissingTable:
                        Assert.That(text, Does.Contain("[image: "), truth.File);
                        break;
                    case AnomalyKinds.TextTableConflict:
                        var stated = truth.Metrics.Single(m => m.Key == "requests.received").Value;
                        var table = truth.Metrics.Single(m => m.Key == "requests.new.total").Value;
                        Assert.That(stated, Is.Not.EqualTo(table), truth.File);
                        break;
                    case AnomalyKinds.CellCount when anomaly.Table == "appeals":
                        // The data row of table 四 is the last run of numbers before 五: sixteen instead of fifteen.
                        var numbers = NumbersBetween(text, "行政诉讼情况\n", "\n五、");
                        Assert.That(numbers, Is.EqualTo(16), truth.File);
                        break;
                }
            }
        }
        Assert.That(_corpus.Summary.AnomaliesByKind.Keys, Is.SupersetOf(new[] { "cell_count", "missing_table", "sum_mismatch", "text_table_conflict" }));
    }

    /// <summary>How many cells that hold only a number lie between the first <paramref name="from"/> and the next <paramref name="to"/>.</summary>
    private static int NumbersBetween(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        return text[start..end].Split('\n', '\t')
            .Select(c => c.Replace("[bookmark: _GoBack]", "").Trim(' ', '\u00A0', '\u3000'))
            .Count(c => c.Length > 0 && c.All(ch => char.IsDigit(ch) || ch == '.' || ch == '-'));
    }
}
