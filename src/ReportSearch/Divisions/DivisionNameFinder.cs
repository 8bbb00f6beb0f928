using System.Runtime.CompilerServices;

namespace ReportSearch.Divisions;

/// <summary>
/// Finds the division names written in a text: every province, city, county and township name of the list
/// (townships only with their suffix), longest match first, never a name inside a longer one (张市 inside 张市镇).
/// Build one per process and share it: building takes tens of milliseconds, finding takes microseconds.
/// </summary>
public sealed class DivisionNameFinder
{
    private readonly DivisionName[] _names;
    private readonly ReverseNameTrie _trie;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per process over 45k divisions
    public DivisionNameFinder(DivisionTable divisions)
    {
        var listNames = new HashSet<string>(divisions.All.Select(d => d.Name), StringComparer.Ordinal);
        var forms = new Dictionary<string, (List<Division> Divisions, bool NeedsContext)>(StringComparer.Ordinal);
        foreach (var division in divisions.All)
        {
            foreach (var (written, needsContext) in DivisionNameForms.Of(division, divisions, listNames))
            {
                if (!forms.TryGetValue(written, out var entry)) entry = (new List<Division>(1), true);
                if (!entry.Divisions.Contains(division)) entry.Divisions.Add(division);
                // A form that is some division's own plain name is trusted, whatever else it could also be.
                forms[written] = (entry.Divisions, entry.NeedsContext && needsContext);
            }
        }
        _names = forms.Select(f => new DivisionName(f.Key, f.Value.Divisions.ToArray(), f.Value.NeedsContext)).ToArray();
        _trie = new ReverseNameTrie(_names.Select(n => n.Written).ToArray());
    }

    /// <summary>The names in the text, in order of position; empty for null or empty text.</summary>
    public IReadOnlyList<NameMention> Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var span = text.AsSpan();
        var found = new List<NameMention>();
        for (var end = 1; end <= span.Length; end++)
        {
            var (start, index) = _trie.LongestEndingAt(span, end);
            if (index < 0) continue;
            // Names come out ordered by end; drop those that sit inside the previous, longer ones.
            while (found.Count > 0 && found[^1].Start >= start) found.RemoveAt(found.Count - 1);
            found.Add(new NameMention(start, end, _names[index]));
        }
        return KeepPlaceReadings(span, found);
    }

    /// <summary>Drops matches whose next characters show an ordinary word rather than a place.</summary>
    private static List<NameMention> KeepPlaceReadings(ReadOnlySpan<char> text, List<NameMention> found)
    {
        var kept = new List<NameMention>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var after = text[m.End..];
            var last = m.Name.Written[^1];
            // XX市场 is a market, XX区域 an area, and XX乡村 / XX乡镇 are compound words (乡村振兴, 各乡镇).
            if (last == '乡' && after.Length > 0 && after[0] is '村' or '镇') continue;
            if (last == '市' && after.StartsWith("场")) continue;
            if (last == '区' && after.StartsWith("域")) continue;
            if (m.Name.NeedsContext)
            {
                var nextIsName = i + 1 < found.Count && found[i + 1].Start == m.End;
                var previousIsName = kept.Count > 0 && kept[^1].End == m.Start;
                // 嵩县人民政府 names a government; 规范镇政府 (规范 + 镇政府) does not: the short 政府 counts
                // only after a line start or punctuation.
                var namesGovernment = after.StartsWith("人民政府", StringComparison.Ordinal) ||
                                      (after.StartsWith("政府", StringComparison.Ordinal) && (m.Start == 0 || !IsIdeograph(text[m.Start - 1])));
                // 在涉县委、县政府的正确领导下, 按照渠县2020年政务公开工作要点: a county named as the writer's own superior.
                var governs = AboveTownship(m.Name) && GoverningFrame.Surrounds(text, m);
                if (!nextIsName && !previousIsName && !namesGovernment && !governs) continue;
            }
            kept.Add(m);
        }
        return kept;
    }

    private static bool IsIdeograph(char c) => GoverningFrame.IsIdeograph(c);

    private static bool AboveTownship(DivisionName name)
    {
        foreach (var d in name.Divisions)
            if (d.Level < DivisionLevel.Township) return true;
        return false;
    }
}
