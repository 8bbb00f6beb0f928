using System.Text;
using Icu;

namespace ReportSearch.Analysis;

/// <summary>
/// Word boundaries inside the Chinese runs, from ICU's dictionary-based word break iterator. Each thread gets one
/// BreakIterator, created once and reused with SetText (creating one loads its rules and costs far more than a
/// text). All the runs of a text go to ICU in one call, joined by line breaks, which ICU always breaks at.
/// </summary>
internal sealed class IcuWordSegmenter : IDisposable
{
    private const char RunSeparator = '\n';

    private readonly ThreadLocal<BreakIterator> _iterators = new(
        () => BreakIterator.CreateWordInstance(new Locale("zh")), trackAllValues: true);

    public IcuWordSegmenter() => IcuLibrary.EnsureLoaded();

    /// <summary>
    /// Appends, for every Chinese run in order, its boundaries: the run's start, ICU's breaks inside it, the run's
    /// end (offsets into <paramref name="folded"/>).
    /// </summary>
    public void Segment(string folded, IReadOnlyList<ScriptRun> runs, List<int> boundaries)
    {
        var joined = new StringBuilder();
        var joinedStarts = new List<int>(runs.Count);
        foreach (var run in runs)
        {
            if (!NeedsIcu(folded, run)) continue;
            joinedStarts.Add(joined.Length);
            joined.Append(folded, run.Start, run.Length).Append(RunSeparator);
        }

        var iterator = _iterators.Value!;
        var next = BreakIterator.DONE;
        if (joined.Length > 0)
        {
            iterator.SetText(joined.ToString());
            next = iterator.MoveFirst();
        }

        var k = 0;
        foreach (var run in runs)
        {
            if (run.Kind != ScriptRunKind.Cjk) continue;
            boundaries.Add(run.Start);
            if (NeedsIcu(folded, run))
            {
                var joinedStart = joinedStarts[k++];
                while (next != BreakIterator.DONE && next <= joinedStart) next = iterator.MoveNext();
                while (next != BreakIterator.DONE && next < joinedStart + run.Length)
                {
                    boundaries.Add(run.Start + next - joinedStart);
                    next = iterator.MoveNext();
                }
            }
            boundaries.Add(run.End);
        }
    }

    // A run of one character (one or two UTF-16 units) has nothing to break.
    private static bool NeedsIcu(string folded, ScriptRun run) =>
        run.Kind == ScriptRunKind.Cjk && run.Length > 1 && !(run.Length == 2 && char.IsHighSurrogate(folded[run.Start]));

    public void Dispose()
    {
        foreach (var iterator in _iterators.Values) iterator.Dispose();
        _iterators.Dispose();
    }
}
