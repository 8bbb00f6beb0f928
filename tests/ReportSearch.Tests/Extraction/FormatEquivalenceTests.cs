using ReportSearch.CorpusGen.Formats;
using ReportSearch.Divisions;
using ReportSearch.Extraction;
using ReportSearch.Model;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Extraction;

/// <summary>
/// The same report as .docx, GB18030 text, an HTML page with its chrome, and with ASCII punctuation gives the same
/// Report as the original text: formats and punctuation styles must not change what is understood.
/// </summary>
public class FormatEquivalenceTests
{
    private static readonly Lazy<ReportLoader> Loader = new(() => new ReportLoader(DivisionTable.Load()));

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var seed in SeedFiles.Reports.Select(Path.GetFileName))
            foreach (var format in new[] { "docx", "gb18030", "html", "ascii-punctuation" })
                yield return new TestCaseData(seed, format).SetName($"{seed} as {format}");
    }

    [TestCaseSource(nameof(Cases))]
    public void Gives_the_same_report(string seed, string format)
    {
        var text = File.ReadAllText(SeedFiles.PathOf(seed));
        using var folder = new TempFolder();
        string path = format switch
        {
            "docx" => Write(folder.File("report.docx"), s => DocxReportWriter.Write(text, s)),
            "gb18030" => WriteBytes(folder.File("report.txt"), TextVariants.Gb18030Bytes(text)),
            "html" => Write(folder.File("report.html"), s =>
            {
                using var w = new StreamWriter(s);
                HtmlReportWriter.Write(text, "政府信息公开工作年度报告", w);
            }),
            _ => WriteBytes(folder.File("report.txt"), TextVariants.Utf8Bytes(TextVariants.AsciiPunctuation(text))),
        };

        var original = Essence(Loader.Value.Load(SeedFiles.PathOf(seed)));
        var converted = Essence(Loader.Value.Load(path));
        Assert.That(converted, Is.EqualTo(original));
    }

    private static string Write(string path, Action<Stream> write)
    {
        using (var stream = File.Create(path)) write(stream);
        return path;
    }

    private static string WriteBytes(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>What a report says, without where in the text it says it (offsets differ between formats).</summary>
    private static string Essence(Report r) => string.Join("\n", new[]
        {
            $"{r.Body}|{r.Province}|{r.City}|{r.County}|{string.Join(",", r.CountyCandidates)}|{r.Township}|{r.DivisionCode}",
            $"{r.Year}|{r.Template}|{r.Published}",
            string.Join(",", r.Sections.Select(s => s.Kind)),
        }
        .Concat(r.Metrics.Select(m => $"{m.Key}={m.Value}{(m.Approx ? "~" : "")}{m.Unit}"))
        .Concat(r.Problems.Select(p => $"P {p.Title} [{string.Join(",", p.Categories)}]"))
        .Concat(r.Measures.Select(p => $"M {p.Title} [{string.Join(",", p.Categories)}]"))
        .Concat(r.Anomalies.Select(a => $"A {a.Table} {a.Kind}")));
}
