using ReportSearch.Divisions;
using ReportSearch.Extraction.Findings;
using ReportSearch.Extraction.Metadata;
using ReportSearch.Extraction.Prose;
using ReportSearch.Extraction.Sections;
using ReportSearch.Extraction.Tables;
using ReportSearch.Extraction.Validation;
using ReportSearch.Model;

namespace ReportSearch.Extraction;

/// <summary>
/// Normalised text → <see cref="Report"/>: the one place where the extraction stages are composed. Each stage reads
/// the text (and the sections) and never the output of a later one, so a stage that finds nothing leaves the others
/// whole: a report without a problems section still has its tables, one without tables still has its findings.
/// </summary>
public sealed class ReportExtractor
{
    private readonly SectionSplitter _sections;
    private readonly StandardTables _tables;
    private readonly TableChecks _tableChecks;
    private readonly ProseTableChecks _proseChecks;
    private readonly ProseClauses _clauses;
    private readonly DisclosureCounts _disclosures;
    private readonly RequestsReceived _received;
    private readonly FindingsReader _findings;
    private readonly RegionResolver _regions;
    private readonly ReportYearReader _year;
    private readonly PublicationDateReader _published;

    public ReportExtractor(DivisionTable divisions)
    {
        _sections = new SectionSplitter(new SectionHeadings());
        _tables = StandardTables.Create();
        _tableChecks = new TableChecks();
        _proseChecks = new ProseTableChecks();
        _clauses = new ProseClauses();
        _disclosures = new DisclosureCounts();
        _received = new RequestsReceived();
        _findings = new FindingsReader(new FindingParts(), new ItemSplitter(new ItemMarkers()), new FindingTitles(), new CategoryTagger());
        _regions = new RegionResolver(divisions);
        _year = new ReportYearReader();
        _published = new PublicationDateReader();
    }

    /// <param name="file">The file name the report is known by.</param>
    /// <param name="sha256">The SHA-256 of the file's bytes.</param>
    /// <param name="text">The normalised text: every offset of the result points into it.</param>
    public Report Extract(string file, string sha256, string text)
    {
        var sections = _sections.Split(text);
        var (template, tableMetrics, tableAnomalies) = _tables.Read(text, sections);

        var metrics = new List<Metric>(tableMetrics.Count + 8);
        metrics.AddRange(tableMetrics);
        var sentences = _clauses.Sentences(text, sections).ToList();
        metrics.AddRange(_disclosures.Read(text, sentences));
        if (_received.Read(text, sentences) is { } received) metrics.Add(received);

        var cells = new Dictionary<string, double>(tableMetrics.Count);
        foreach (var m in tableMetrics) cells.TryAdd(m.Key, m.Value);
        var anomalies = new List<Anomaly>(tableAnomalies);
        anomalies.AddRange(_tableChecks.Check(cells));
        anomalies.AddRange(_proseChecks.Check(metrics));

        var (problems, measures) = _findings.Read(text, sections);
        // The three metadata readers share one pass over the text's lines.
        var layout = ReportLayout.Of(text);
        var region = _regions.Resolve(text, layout);
        return new Report
        {
            File = file,
            Sha256 = sha256,
            Text = text,
            Body = region.Body,
            Township = region.Township,
            County = region.County,
            CountyCandidates = region.CountyCandidates,
            City = region.City,
            Province = region.Province,
            DivisionCode = region.DivisionCode,
            Year = _year.Read(text, layout),
            Published = _published.Read(text, layout),
            Template = template,
            Sections = sections,
            Metrics = metrics,
            Problems = problems,
            Measures = measures,
            Anomalies = anomalies,
        };
    }
}
