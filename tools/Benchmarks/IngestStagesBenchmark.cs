using System.CommandLine;
using ReportSearch.Divisions;
using ReportSearch.Extraction;
using ReportSearch.Extraction.Findings;
using ReportSearch.Extraction.Validation;
using ReportSearch.Extraction.Metadata;
using ReportSearch.Extraction.Prose;
using ReportSearch.Extraction.Sections;
using ReportSearch.Extraction.Tables;
using ReportSearch.Ingest;
using ReportSearch.Ingest.Normalization;
using ReportSearch.Index;

namespace ReportSearch.Benchmarks;

/// <summary>
/// <c>bench ingest-stages</c>: decode (by file format), normalisation and the extraction steps, warm, on one thread,
/// over files already in memory: processor time and bytes allocated per report for each, the minimum over
/// <c>--runs</c> passes. Where <c>index-stages</c> gives the cost inside the pipeline, this one says which step to cut.
/// </summary>
public static class IngestStagesBenchmark
{
    public static Command Create()
    {
        var dir = new Option<string>("--dir") { Description = "Folder of reports", Required = true };
        var count = new Option<int>("--count") { Description = "Files", DefaultValueFactory = _ => 1000 };
        var runs = new Option<int>("--runs") { Description = "Passes (minimum reported)", DefaultValueFactory = _ => 5 };
        var command = new Command("ingest-stages", "Decode, normalise and extraction steps, warm, single thread") { dir, count, runs };
        command.SetAction(p => Run(p.GetValue(dir)!, p.GetValue(count), p.GetValue(runs)));
        return command;
    }

    private static int Run(string dir, int count, int runs)
    {
        var reader = new ReportFileReader();
        var normalizer = TextNormalizer.Default;
        var divisions = DivisionTable.Load();
        var extractor = new ReportExtractor(divisions);
        var names = new DivisionNameFinder(divisions);
        var regions = new RegionResolver(divisions, names);
        var year = new ReportYearReader();
        var published = new PublicationDateReader();
        var sections = new SectionSplitter(new SectionHeadings());
        var tables = StandardTables.Create();
        var clauses = new ProseClauses();
        var disclosures = new DisclosureCounts();
        var findings = new FindingsReader(new FindingParts(), new ItemSplitter(new ItemMarkers()), new FindingTitles(), new CategoryTagger());
        var files = ReportFiles.Find([dir]).Take(count).Select(f => (File: f, Bytes: File.ReadAllBytes(f))).ToList();
        var sources = files.Select(f => reader.Read(f.File, f.Bytes)).ToList();
        var texts = sources.Select(s => normalizer.Normalize(s.Raw)).ToList();
        var splits = texts.Select(sections.Split).ToList();
        var tableMetrics = texts.Select((t, i) => tables.Read(t, splits[i]).Metrics).ToList();
        var tableChecks = new TableChecks();

        var best = new Dictionary<string, (double Ms, double Bytes, int N)>();
        void Measure(string stage, int n, Action<int> work)
        {
            var start = ThreadClock.Milliseconds();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < n; i++) work(i);
            var ms = (ThreadClock.Milliseconds() - start) / n;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)n;
            if (!best.TryGetValue(stage, out var old) || ms < old.Ms) best[stage] = (ms, bytes, n);
        }

        for (var run = 0; run < runs; run++)
        {
            foreach (var format in new[] { "txt", "docx", "html" })
            {
                var ofFormat = Enumerable.Range(0, files.Count).Where(i => sources[i].Format == format).ToArray();
                if (ofFormat.Length == 0) continue;
                Measure("decode " + format, ofFormat.Length, i => reader.Read(files[ofFormat[i]].File, files[ofFormat[i]].Bytes));
            }
            Measure("normalise", files.Count, i => normalizer.Normalize(sources[i].Raw));
            Measure("extract (all)", files.Count, i => extractor.Extract(files[i].File, sources[i].Sha256, texts[i]));
            Measure("  sections", files.Count, i => sections.Split(texts[i]));
            Measure("  tables", files.Count, i => tables.Read(texts[i], splits[i]));
            Measure("  prose", files.Count, i =>
            {
                var sentences = clauses.Sentences(texts[i], splits[i]).ToList();
                disclosures.Read(texts[i], sentences);
            });
            Measure("  findings", files.Count, i => findings.Read(texts[i], splits[i]));
            Measure("  table checks", files.Count, i =>
            {
                var cells = new Dictionary<string, double>(tableMetrics[i].Count);
                foreach (var m in tableMetrics[i]) cells.TryAdd(m.Key, m.Value);
                tableChecks.Check(cells);
            });
            // Each of these works out the text's layout again: the extractor shares one.
            Measure("  place names", files.Count, i => names.Find(texts[i]));
            Measure("  region+layout", files.Count, i => regions.Resolve(texts[i]));
            Measure("  year+layout", files.Count, i => year.Read(texts[i]));
            Measure("  date+layout", files.Count, i => published.Read(texts[i]));
        }
        Console.WriteLine($"{files.Count} files; warm, one thread, minimum of {runs} passes");
        foreach (var (stage, (ms, bytes, n)) in best)
            Console.WriteLine($"{stage,-16} {ms,8:0.000} ms/report {bytes / 1024,8:0.0} KiB/report  ({n} reports)");
        return 0;
    }
}
