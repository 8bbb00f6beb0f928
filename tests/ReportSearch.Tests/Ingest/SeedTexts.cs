using ReportSearch.Ingest.Normalization;

namespace ReportSearch.Tests.Ingest;

/// <summary>The seed reports as text, and what their text looks like once a reader has laid out every table.</summary>
public static class SeedTexts
{
    public static IEnumerable<string> Names => SeedFiles.Reports.Select(Path.GetFileName).Select(n => n!);

    public static string Read(string name) => File.ReadAllText(SeedFiles.PathOf(name), new System.Text.UTF8Encoding(false));

    /// <summary>
    /// The seed as a reader gives it back: seed 004's tab-separated rows become one "\t"-prefixed line per cell
    /// followed by an empty line, and the last line ends with a newline like every paragraph a reader writes.
    /// </summary>
    public static string AsReadBack(string text)
    {
        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var line = lines[i];
            var tab = line.IndexOf('\t');
            var isRow = tab > 0 || (tab == 0 && line.IndexOf('\t', 1) > 0);
            if (!isRow)
            {
                result.Append(line).Append('\n');
                continue;
            }
            foreach (var cell in line.Split('\t')) result.Append('\t').Append(cell).Append('\n');
            result.Append('\n');
        }
        return result.ToString();
    }

    /// <summary>The text's paragraphs and cells, normalised, in order, without the empty ones: what a page shows.</summary>
    public static List<string> Pieces(string text) =>
        TextNormalizer.Default.Normalize(text)
            .Split(['\n', '\t'])
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToList();
}
