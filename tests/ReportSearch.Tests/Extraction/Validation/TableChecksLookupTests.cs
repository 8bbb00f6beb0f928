using System.Collections.ObjectModel;
using ReportSearch.Divisions;
using ReportSearch.Extraction;
using ReportSearch.Extraction.Validation;

namespace ReportSearch.Tests.Extraction.Validation;

/// <summary>
/// The table checks find cells by span in a plain dictionary and by string in any other: both must report the same
/// anomalies, in the same order, as the seeds' tables (and a tampered copy of them) say.
/// </summary>
public class TableChecksLookupTests
{
    private static readonly Lazy<ReportLoader> Loader = new(() => new ReportLoader(DivisionTable.Load()));

    private static Dictionary<string, double> CellsOf(string seed)
    {
        var report = Loader.Value.FromText(seed, "0", File.ReadAllText(SeedFiles.PathOf(seed)));
        var cells = new Dictionary<string, double>();
        foreach (var m in report.Metrics)
            if (m.Source == "table") cells.TryAdd(m.Key, m.Value);
        return cells;
    }

    private static IEnumerable<string> Seeds() => SeedFiles.Reports.Select(p => Path.GetFileName(p));

    [TestCaseSource(nameof(Seeds))]
    public void A_dictionary_and_a_read_only_view_of_it_give_the_same_anomalies(string seed)
    {
        var cells = CellsOf(seed);
        // Break every sum the checks look at, so that each kind of anomaly is produced.
        foreach (var key in cells.Keys.Where(k => k.EndsWith(".natural_person", StringComparison.Ordinal) || k.StartsWith("appeals.", StringComparison.Ordinal)).ToList())
            cells[key] += 1;
        var checks = new TableChecks();
        var bySpan = checks.Check(cells).Select(a => a.Detail).ToList();
        var byString = checks.Check(new ReadOnlyDictionary<string, double>(cells)).Select(a => a.Detail).ToList();
        Assert.That(bySpan, Is.Not.Empty);
        Assert.That(bySpan, Is.EqualTo(byString));
    }

    [Test]
    public void A_row_name_too_long_for_the_stack_buffer_is_still_found()
    {
        var row = "requests." + new string('x', 200);
        var cells = new Dictionary<string, double>();
        string[] columns = ["natural_person", "business", "research", "social_welfare", "legal_services", "other_org"];
        foreach (var column in columns) cells[row + "." + column] = 1;
        cells[row + ".total"] = 7;
        var anomalies = new TableChecks().Check(cells);
        Assert.That(anomalies.Select(a => a.Detail), Has.Some.StartsWith(row + ": 总计 = 7 but the six applicant columns sum to 6"));
    }
}
