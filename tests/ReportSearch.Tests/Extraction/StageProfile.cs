using System.Diagnostics;
using ReportSearch.Divisions;
using ReportSearch.Extraction.Findings;
using ReportSearch.Extraction.Metadata;
using ReportSearch.Extraction.Prose;
using ReportSearch.Extraction.Sections;
using ReportSearch.Extraction.Tables;
using ReportSearch.Ingest.Normalization;
namespace ReportSearch.Tests.Extraction;
public class StageProfile
{
    [Test, Explicit]
    public void Stages()
    {
        var texts = SeedFiles.Reports.Select(File.ReadAllText).Select(t => Environment.GetEnvironmentVariable("LONG") == "1" ? string.Concat(Enumerable.Repeat(t, 10)) : t).ToList();
        var norm = TextNormalizer.Default;
        var normalised = texts.Select(norm.Normalize).ToList();
        var div = DivisionTable.Load();
        var region = new RegionResolver(div);
        var year = new ReportYearReader(); var pub = new PublicationDateReader();
        var splitter = new SectionSplitter(new SectionHeadings());
        var tables = StandardTables.Create();
        var clauses = new ProseClauses(); var dc = new DisclosureCounts(); var rr = new RequestsReceived();
        var fr = new FindingsReader(new FindingParts(), new ItemSplitter(new ItemMarkers()), new FindingTitles(), new CategoryTagger());
        var sections = normalised.Select(splitter.Split).ToList();
        void Time(string name, Action<int> a)
        {
            for (int i = 0; i < 20; i++) a(i % 5);
            long alloc = GC.GetAllocatedBytesForCurrentThread();
            var w = Stopwatch.StartNew();
            for (int i = 0; i < 100; i++) a(i % 5);
            TestContext.Out.WriteLine($"{name,-12} {w.Elapsed.TotalMilliseconds / 100 * 1000,8:F1} µs  {(GC.GetAllocatedBytesForCurrentThread() - alloc) / 100 / 1024,6} KiB");
        }
        Time("normalise", i => norm.Normalize(texts[i]));
        Time("region", i => region.Resolve(normalised[i]));
        Time("year", i => year.Read(normalised[i]));
        Time("published", i => pub.Read(normalised[i]));
        Time("sections", i => splitter.Split(normalised[i]));
        Time("tables", i => tables.Read(normalised[i], sections[i]));
        Time("prose", i => { var s = clauses.Sentences(normalised[i], sections[i]).ToList(); dc.Read(normalised[i], s); rr.Read(normalised[i], s); });
        var sl = Enumerable.Range(0,5).Select(i => clauses.Sentences(normalised[i], sections[i]).ToList()).ToList();
        Time("sentences", i => clauses.Sentences(normalised[i], sections[i]).ToList());
        Time("disclosures", i => dc.Read(normalised[i], sl[i]));
        Time("received", i => rr.Read(normalised[i], sl[i]));
        Time("findings", i => fr.Read(normalised[i], sections[i]));
    }
}
