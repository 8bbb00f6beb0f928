using ReportSearch.Model;

namespace ReportSearch.Extraction.Tables;

/// <summary>
/// Where each standard table lies: its section when the report titles it, else from the table's own anchor words
/// (第二十条第, 本年新收, 未经复议直接起诉) to the next section or table, so a report with a missing or odd title still
/// has its numbers read.
/// </summary>
public sealed class TableRegions
{
    private static readonly (string Kind, string[] Anchors)[] Tables =
    [
        (SectionKinds.Proactive, ["第二十条第", "信息内容"]),
        (SectionKinds.Requests, ["勾稽关系", "申请人情况", "本年新收"]),
        (SectionKinds.Appeals, ["未经复议直接起诉", "复议后起诉"]),
    ];

    /// <summary>The region of each table kind found (proactive, requests, appeals).</summary>
    public IReadOnlyDictionary<string, TextRegion> Locate(string text, IReadOnlyList<Section> sections)
    {
        int limit = sections.FirstOrDefault(s => s.Kind == SectionKinds.Appendix)?.Start ?? text.Length;
        var starts = new List<(string Kind, int Start)>();
        foreach (var (kind, anchors) in Tables)
        {
            var section = sections.FirstOrDefault(s => s.Kind == kind);
            if (section is not null) { starts.Add((kind, section.Start)); continue; }
            int at = FirstAnchor(text, anchors, limit);
            if (at >= 0) starts.Add((kind, LineStart(text, at)));
        }
        var boundaries = sections.Select(s => s.Start).Concat(starts.Select(s => s.Start)).Append(limit)
            .Distinct().Order().ToList();
        var regions = new Dictionary<string, TextRegion>();
        foreach (var (kind, start) in starts)
        {
            int end = boundaries.FirstOrDefault(b => b > start, limit);
            var section = sections.FirstOrDefault(s => s.Kind == kind);
            if (section is not null) end = Math.Min(end, section.End);
            if (end > start) regions[kind] = new TextRegion(start, end);
        }
        return regions;
    }

    private static int FirstAnchor(string text, string[] anchors, int limit)
    {
        foreach (var anchor in anchors)
        {
            int at = text.IndexOf(anchor, 0, limit, StringComparison.Ordinal);
            if (at >= 0) return at;
        }
        return -1;
    }

    private static int LineStart(string text, int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
}
