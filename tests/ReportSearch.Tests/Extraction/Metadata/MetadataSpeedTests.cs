using ReportSearch.Divisions;
using ReportSearch.Tests.Divisions;
using ReportSearch.Extraction.Metadata;

namespace ReportSearch.Tests.Extraction.Metadata;

/// <summary>
/// Metadata must keep up with an extraction pipeline of 1,000 reports a second on one core: region resolution
/// is budgeted at 0.1 ms per 10 KB report. Figures are processor time (see <see cref="CpuTimer"/>), so a busy
/// shared machine slows the test down rather than failing it; the bounds leave some room, and the figures are printed.
/// </summary>
public class MetadataSpeedTests
{
    [Test]
    public void Resolving_year_and_date_of_a_seed_report_takes_well_under_a_millisecond()
    {
        var texts = SeedFiles.Reports.Select(File.ReadAllText).ToArray();
        var resolver = SharedResolver.Value;
        var years = new ReportYearReader();
        var dates = new PublicationDateReader();
        foreach (var t in texts) { resolver.Resolve(t); years.Read(t); dates.Read(t); }

        var region = CpuTimer.MillisecondsPer(() => { foreach (var t in texts) resolver.Resolve(t); }) / texts.Length;
        var year = CpuTimer.MillisecondsPer(() => { foreach (var t in texts) years.Read(t); }) / texts.Length;
        var date = CpuTimer.MillisecondsPer(() => { foreach (var t in texts) dates.Read(t); }) / texts.Length;
        var chars = texts.Average(t => t.Length);
        TestContext.Out.WriteLine($"per report ({chars:F0} chars): region {region * 1000:F1} µs, year {year * 1000:F1} µs, date {date * 1000:F1} µs");

        Assert.That(region, Is.LessThan(0.15 * CpuTimer.BuildSlowdown), "ms per Resolve");
        Assert.That(year + date, Is.LessThan(0.1 * CpuTimer.BuildSlowdown), "ms per year + date");
    }

    [Test]
    public void Building_the_name_finder_is_a_one_off_of_tens_of_milliseconds()
    {
        var table = DivisionTable.Load();
        _ = new DivisionNameFinder(table);
        var ms = CpuTimer.MillisecondsPer(() => _ = new DivisionNameFinder(table), atLeastMs: 500);
        TestContext.Out.WriteLine($"name finder built in {ms:F1} ms");
        Assert.That(ms, Is.LessThan(250 * CpuTimer.BuildSlowdown));
    }
}
