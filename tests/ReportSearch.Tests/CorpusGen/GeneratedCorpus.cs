using System.Text.Json;
using ReportSearch.CorpusGen;
using ReportSearch.CorpusGen.History;
using ReportSearch.CorpusGen.Writing;
using ReportSearch.Model;
using ReportSearch.Serialization;

namespace ReportSearch.Tests.CorpusGen;

/// <summary>A corpus generated into a temporary folder, with its truth read back, shared by the tests of one fixture.</summary>
public sealed class GeneratedCorpus : IDisposable
{
    private static readonly Lazy<CorpusGenerator> Generator = new(CorpusGenerator.ForNationalDivisions);

    private GeneratedCorpus(string directory, CorpusOptions options, CorpusSummary summary)
    {
        Directory = directory;
        Options = options;
        Summary = summary;
        Truths = System.IO.Directory.GetFiles(Path.Combine(directory, "truth"), "*.json", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != "history.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ExtractJson.Deserialize(File.ReadAllText(p)))
            .ToList();
        History = JsonSerializer.Deserialize<HistoryTruth>(File.ReadAllText(Path.Combine(directory, "truth", "history.json")), CorpusGenerator.ManifestJson)!;
    }

    public string Directory { get; }
    public CorpusOptions Options { get; }
    public CorpusSummary Summary { get; }
    public IReadOnlyList<Report> Truths { get; }
    public HistoryTruth History { get; }

    public static GeneratedCorpus Create(int townships, ulong seed, string formats = "txt,gb18030", Func<CorpusOptions, CorpusOptions>? adjust = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "corpusgen-test-" + Guid.NewGuid().ToString("N"));
        var options = new CorpusOptions(directory, townships, 2019, 2024, seed) { Formats = FormatMix.Parse(formats) };
        if (adjust is not null) options = adjust(options);
        var summary = Generator.Value.Generate(options);
        return new GeneratedCorpus(directory, options, summary);
    }

    /// <summary>A report file's text (for the formats that are text).</summary>
    public string TextOf(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Directory, relativePath));
        var format = FormatOf(relativePath, bytes);
        return ReportFileEncoder.DecodeText(format, bytes);
    }

    /// <summary>.txt files are UTF-8 or GB18030; a strict UTF-8 decode tells them apart.</summary>
    private static string FormatOf(string path, byte[] bytes)
    {
        if (!path.EndsWith(".txt", StringComparison.Ordinal)) return Path.GetExtension(path).TrimStart('.');
        try
        {
            new System.Text.UTF8Encoding(false, true).GetString(bytes);
            return ReportFormats.Txt;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return ReportFormats.Gb18030;
        }
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }
}
