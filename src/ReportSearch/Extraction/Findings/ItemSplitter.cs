namespace ReportSearch.Extraction.Findings;

/// <summary>
/// Cuts a part of the problems section into items. Of all numbering styles that run 1, 2, … in order, the one
/// that starts earliest is the top level (seed 004: 一、 items hold 一是 sub-items); a style with a single marker
/// is a heading, not a list. Text before the first marker is an introduction; without markers, the part is one item.
/// </summary>
public sealed class ItemSplitter
{
    private readonly ItemMarkers _markers;

    public ItemSplitter(ItemMarkers markers) => _markers = markers;

    /// <summary>The spans of the items' text (marker excluded), in order.</summary>
    public IReadOnlyList<(int Start, int End)> Split(string text, int start, int end)
    {
        var sequence = TopLevel(_markers.Find(text, start, end));
        var items = new List<(int, int)>();
        if (sequence.Count == 0)
        {
            var whole = Trim(text, start, end);
            if (whole.End > whole.Start) items.Add(whole);
            return items;
        }
        for (int i = 0; i < sequence.Count; i++)
        {
            int itemEnd = i + 1 < sequence.Count ? sequence[i + 1].Start : LastItemEnd(text, sequence[i].End, end);
            var item = Trim(text, sequence[i].End, itemEnd);
            if (item.End > item.Start) items.Add(item);
        }
        return items;
    }

    private static List<ItemMarker> TopLevel(IReadOnlyList<ItemMarker> markers)
    {
        List<ItemMarker> best = [];
        foreach (var style in Enum.GetValues<MarkerStyle>())
        {
            var run = Run(markers, style);
            if (run.Count < 2) continue;
            if (best.Count == 0 || run[0].Start < best[0].Start) best = run;
        }
        return best;
    }

    // The longest 1, 2, 3 … run of one style; a restart at 1 inside an item belongs to a nested list.
    private static List<ItemMarker> Run(IReadOnlyList<ItemMarker> markers, MarkerStyle style)
    {
        var run = new List<ItemMarker>();
        foreach (var m in markers)
        {
            if (m.Style != style) continue;
            if (m.Number == run.Count + 1) run.Add(m);
        }
        return run;
    }

    // The last item runs to the end of the part, unless it is a whole paragraph followed by unnumbered ones
    // (a closing remark), which are not part of it.
    private static int LastItemEnd(string text, int from, int end)
    {
        int nl = text.IndexOf('\n', from, end - from);
        if (nl < 0) return end;
        var line = text.AsSpan(from, nl - from).TrimEnd();
        return line.Length > 30 && line.EndsWith("。") ? nl : end;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '：' or ':' or '，' or '、')) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
