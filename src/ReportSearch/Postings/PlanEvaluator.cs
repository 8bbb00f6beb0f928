using ReportSearch.Index;
using ReportSearch.Query;

namespace ReportSearch.Postings;

/// <summary>
/// Evaluates a <see cref="TextPlan"/> on a <see cref="PostingsSnapshot"/>: each phrase on the base segment (without
/// its dead reports) and the delta, scored with <see cref="Bm25"/> and the column weights of
/// <see cref="FtsLayout.Weights"/>; AND, OR and NOT as merges of the sorted results. Columns can be restricted to a
/// section's pair (<see cref="ColumnsOf"/>). A query's filters can be pushed in as the reports allowed: the others
/// are never counted nor returned, but a phrase's IDF stays that of the whole index (its reports outside the allowed
/// set are only checked for presence), so scores equal those of the unfiltered evaluation. One evaluation at a time
/// per instance (it reuses buffers).
/// </summary>
public sealed class PlanEvaluator
{
    private readonly PhraseMatcher _matcher = new(FtsLayout.Weights.ToArray());
    private readonly PhrasePresence _presence;
    // A phrase's matches are collected here (kept between phrases, so they stop growing) and copied out at their size.
    private readonly List<int> _docs = [];
    private readonly List<double> _counts = [];
    // Reports the matcher must pass over when filters are pushed in: the base's dead or not allowed; the delta's not allowed.
    private bool[] _baseSkip = [];
    private bool[] _deltaSkip = [];
    // Their complement among the live reports, for the IDF's presence count: made once per evaluation, when needed.
    private bool[] _baseOutside = [];
    private bool[] _deltaOutside = [];
    private bool _outsideMade;

    public PlanEvaluator() => _presence = new PhrasePresence(_matcher);

    /// <summary>Every column.</summary>
    public static readonly int AllColumns = (1 << FtsLayout.Columns.Count) - 1;

    /// <summary>The grams and words columns of a section kind.</summary>
    public static int ColumnsOf(string sectionKind) => 3 << (2 * FtsLayout.GroupOf(sectionKind));

    /// <param name="allowed">
    /// When given, only these reports (true by report id; ids past its end are not allowed) are returned; the scores
    /// are those an unfiltered evaluation gives them.
    /// </param>
    /// <param name="scored">False when only the ids are wanted (reports to leave out): the scores are then not those of the whole index.</param>
    public ScoredDocs Evaluate(TextPlan plan, PostingsSnapshot snapshot, int columns, bool[]? allowed = null, bool scored = true)
    {
        if (allowed is not null)
        {
            _baseSkip = Marks(_baseSkip, snapshot.Base, snapshot.BaseDead, allowed, markAllowed: false);
            _deltaSkip = Marks(_deltaSkip, snapshot.Delta, [], allowed, markAllowed: false);
            _outsideMade = false;
        }
        return Node(plan, snapshot, columns, allowed, scored);
    }

    // `scored` is false under a NOT: those reports are only left out, so their scores (and IDF) are never read.
    private ScoredDocs Node(TextPlan plan, PostingsSnapshot snapshot, int columns, bool[]? allowed, bool scored)
    {
        switch (plan)
        {
            case PhrasePlan phrase:
                return Phrase(phrase, snapshot, columns, allowed, scored);
            case AllPlan all:
            {
                var children = new ScoredDocs[all.Children.Count];
                for (var i = 0; i < children.Length; i++) children[i] = Node(all.Children[i], snapshot, columns, allowed, scored);
                // Smallest first: each AND walks the smaller list.
                Array.Sort(children, static (a, b) => a.Count.CompareTo(b.Count));
                var result = children[0];
                for (var i = 1; i < children.Length; i++) result = ScoredDocs.And(result, children[i]);
                return result;
            }
            case AnyPlan any:
            {
                var result = Node(any.Children[0], snapshot, columns, allowed, scored);
                for (var i = 1; i < any.Children.Count; i++) result = ScoredDocs.Or(result, Node(any.Children[i], snapshot, columns, allowed, scored));
                return result;
            }
            case ExceptPlan except:
                return ScoredDocs.Except(Node(except.Include, snapshot, columns, allowed, scored),
                    Node(except.Exclude, snapshot, columns, allowed, scored: false));
            default:
                throw new ArgumentException($"unknown plan node {plan.GetType().Name}", nameof(plan));
        }
    }

    private ScoredDocs Phrase(PhrasePlan phrase, PostingsSnapshot snapshot, int columns, bool[]? allowed, bool scored)
    {
        var parts = PhraseCover.Rewrite(phrase.Terms, phrase.Prefix, t => snapshot.Lexicon.Find(t) >= 0);
        var terms = new int[parts.Count][];
        var offsets = new int[parts.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            if (phrase.Prefix && i == terms.Length - 1) terms[i] = snapshot.Lexicon.WithPrefix(parts[i].Term);
            else terms[i] = snapshot.Lexicon.Find(parts[i].Term) is var id and >= 0 ? [id] : [];
            offsets[i] = parts[i].Offset;
        }
        // A prefix's reports outside the filter would need a check of every term it stands for: it is matched in
        // full and filtered afterwards (exact, and prefixes are rare).
        var pushed = allowed is not null && !phrase.Prefix;
        var docs = _docs;
        var counts = _counts;
        docs.Clear();
        counts.Clear();
        _matcher.Match(snapshot.Base, terms, offsets, columns, pushed ? _baseSkip : snapshot.BaseDead, docs, counts);
        var fromBase = docs.Count;
        _matcher.Match(snapshot.Delta, terms, offsets, columns, pushed ? _deltaSkip : [], docs, counts);
        var ids = docs.ToArray();
        // The weighted counts become the scores in place.
        var scores = counts.ToArray();
        // Delta reports usually have higher ids than every base report; when not, one sort puts them in place.
        if (fromBase > 0 && fromBase < ids.Length && ids[fromBase] < ids[fromBase - 1]) Array.Sort(ids, scores);
        var matching = ids.Length;
        if (pushed && scored && !terms.Any(t => t.Length == 0))
        {
            if (!_outsideMade)
            {
                _baseOutside = Marks(_baseOutside, snapshot.Base, snapshot.BaseDead, allowed!, markAllowed: true);
                _deltaOutside = Marks(_deltaOutside, snapshot.Delta, [], allowed!, markAllowed: true);
                _outsideMade = true;
            }
            matching += _presence.CountOutside(snapshot.Base, terms, offsets, columns, _baseOutside) +
                        _presence.CountOutside(snapshot.Delta, terms, offsets, columns, _deltaOutside);
        }
        var idf = Bm25.Idf(matching, snapshot.Reports);
        for (var i = 0; i < ids.Length; i++)
            scores[i] = Bm25.Score(idf, scores[i], snapshot.Lengths[ids[i]], snapshot.AverageLength);
        var result = new ScoredDocs(ids, scores);
        return allowed is not null && !pushed ? Allowed(result, allowed) : result;
    }

    private static ScoredDocs Allowed(ScoredDocs docs, bool[] allowed)
    {
        var kept = 0;
        foreach (var id in docs.Ids)
            if (id < allowed.Length && allowed[id]) kept++;
        var ids = new int[kept];
        var scores = new double[kept];
        var k = 0;
        for (var i = 0; i < docs.Count; i++)
        {
            var id = docs.Ids[i];
            if (id >= allowed.Length || !allowed[id]) continue;
            ids[k] = id;
            scores[k++] = docs.Scores[i];
        }
        return new ScoredDocs(ids, scores);
    }

    // A segment's reports to pass over: the dead ones, and those allowed or not as `markAllowed` says (a buffer reused
    // while it is long enough; entries past the segment's last report are never read for it).
    private static bool[] Marks(bool[] buffer, PostingsSegment segment, bool[] dead, bool[] allowed, bool markAllowed)
    {
        var size = segment.ReportIds.Length == 0 ? 0 : segment.ReportIds[^1] + 1;
        if (buffer.Length < size) buffer = new bool[size];
        for (var id = 0; id < size; id++)
            buffer[id] = (id < dead.Length && dead[id]) || (id < allowed.Length && allowed[id]) == markAllowed;
        return buffer;
    }
}
