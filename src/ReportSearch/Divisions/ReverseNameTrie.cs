namespace ReportSearch.Divisions;

/// <summary>
/// The written names spelled backwards in a trie, so that the text is read only at characters that can end a
/// name (镇 市 县 区 …) and each name ending there is found by walking back a few characters. Edges live in one
/// hash keyed by (node, character): no per-node objects, one lookup per step.
/// </summary>
internal sealed class ReverseNameTrie
{
    private readonly Dictionary<long, int> _edges;
    private readonly int[] _terminal;      // node → index of the name ending there, or -1
    private readonly bool[] _canEnd;       // character → some name ends with it

    public int LongestName { get; }

    public ReverseNameTrie(IReadOnlyList<string> names)
    {
        _edges = new Dictionary<long, int>(names.Count * 4);
        var terminal = new List<int> { -1 };
        _canEnd = new bool[char.MaxValue + 1];
        for (var index = 0; index < names.Count; index++)
        {
            var name = names[index];
            if (name.Length == 0) continue;
            LongestName = Math.Max(LongestName, name.Length);
            _canEnd[name[^1]] = true;
            var node = 0;
            for (var i = name.Length - 1; i >= 0; i--)
            {
                var key = Key(node, name[i]);
                if (!_edges.TryGetValue(key, out var next))
                {
                    next = terminal.Count;
                    terminal.Add(-1);
                    _edges[key] = next;
                }
                node = next;
            }
            terminal[node] = index;
        }
        _terminal = terminal.ToArray();
    }

    /// <summary>The longest name ending just before <paramref name="end"/>: its start and index, or index -1.</summary>
    public (int Start, int Index) LongestEndingAt(ReadOnlySpan<char> text, int end)
    {
        if (end <= 0 || end > text.Length || !_canEnd[text[end - 1]]) return (end, -1);
        int node = 0, bestStart = end, bestIndex = -1;
        var stop = Math.Max(0, end - LongestName);
        for (var i = end - 1; i >= stop; i--)
        {
            if (!_edges.TryGetValue(Key(node, text[i]), out node)) break;
            if (_terminal[node] >= 0) (bestStart, bestIndex) = (i, _terminal[node]);
        }
        return (bestStart, bestIndex);
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
