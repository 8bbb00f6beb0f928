using ReportSearch.Model;
using ReportSearch.Serialization;

namespace ReportSearch.Eval;

/// <summary>The truth of a generated corpus: every <c>truth/**/*.json</c> beside its report, history.json left out.</summary>
public static class TruthCorpus
{
    public static IReadOnlyList<Report> Load(string corpus)
    {
        var folder = Path.Combine(corpus, "truth");
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{corpus} has no truth/ folder: is it a generated corpus?");
        return Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
            .Where(p => !string.Equals(Path.GetFileName(p), "history.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => ExtractJson.Deserialize(File.ReadAllText(p)))
            .ToList();
    }
}
