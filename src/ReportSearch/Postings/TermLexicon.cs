namespace ReportSearch.Postings;

/// <summary>
/// The term dictionary as the searcher needs it: terms sorted by code point (as SQLite's BINARY order of the UTF-8
/// text) with their ids, for an exact look-up or every term starting with a prefix (one Chinese character is a
/// prefix over grams) by binary search. Immutable; <see cref="With"/> makes a new one holding more terms.
/// </summary>
public sealed class TermLexicon
{
    private readonly string[] _terms;
    private readonly int[] _ids;

    private TermLexicon(string[] terms, int[] ids)
    {
        _terms = terms;
        _ids = ids;
        for (var i = 0; i < ids.Length; i++)
            if (ids[i] > MaxId) (MaxId, LastTerm) = (ids[i], terms[i]);
    }

    /// <summary>No terms.</summary>
    public static readonly TermLexicon Empty = new([], []);

    /// <summary>The largest term id held (0 when none).</summary>
    public int MaxId { get; }

    /// <summary>The term of <see cref="MaxId"/> (null when none): a file whose <c>terms</c> row of that id differs is another dictionary.</summary>
    public string? LastTerm { get; }

    public int Count => _terms.Length;

    /// <summary>The id of <paramref name="term"/>, or -1.</summary>
    public int Find(string term)
    {
        var i = LowerBound(term);
        return i < _terms.Length && CodePointOrder.Compare(_terms[i], term) == 0 ? _ids[i] : -1;
    }

    /// <summary>
    /// The ids of every gram starting with <paramref name="prefix"/> (one Chinese character): phrase terms are left
    /// out, as each stands for grams already counted.
    /// </summary>
    public int[] WithPrefix(string prefix)
    {
        var ids = new List<int>();
        for (var i = LowerBound(prefix); i < _terms.Length && _terms[i].StartsWith(prefix, StringComparison.Ordinal); i++)
            if (!Index.PhraseVocabulary.IsPhrase(_terms[i])) ids.Add(_ids[i]);
        return ids.ToArray();
    }

    /// <summary>A lexicon of terms already in code point order (SQLite's <c>ORDER BY term</c> on UTF-8 text).</summary>
    public static TermLexicon FromSorted(IReadOnlyList<(int Id, string Term)> sorted)
    {
        var terms = new string[sorted.Count];
        var ids = new int[sorted.Count];
        for (var i = 0; i < sorted.Count; i++)
        {
            terms[i] = sorted[i].Term;
            ids[i] = sorted[i].Id;
            if (i > 0 && CodePointOrder.Compare(terms[i - 1], terms[i]) >= 0)
                throw new ArgumentException("terms not in code point order", nameof(sorted));
        }
        return new TermLexicon(terms, ids);
    }

    /// <summary>This lexicon and <paramref name="added"/> (terms with new ids), merged.</summary>
    public TermLexicon With(IReadOnlyList<(int Id, string Term)> added)
    {
        if (added.Count == 0) return this;
        var sorted = added.OrderBy(a => a.Term, CodePointOrder.Instance).ToArray();
        var terms = new string[_terms.Length + sorted.Length];
        var ids = new int[terms.Length];
        int i = 0, j = 0, k = 0;
        while (i < _terms.Length || j < sorted.Length)
        {
            if (j >= sorted.Length || (i < _terms.Length && CodePointOrder.Compare(_terms[i], sorted[j].Term) <= 0))
            {
                terms[k] = _terms[i];
                ids[k++] = _ids[i++];
            }
            else
            {
                terms[k] = sorted[j].Term;
                ids[k++] = sorted[j++].Id;
            }
        }
        return new TermLexicon(terms, ids);
    }

    private int LowerBound(string term)
    {
        int low = 0, high = _terms.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (CodePointOrder.Compare(_terms[mid], term) < 0) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}

/// <summary>
/// Orders strings by Unicode code point (UTF-16 ordinal order puts supplementary characters before U+E000–U+FFFF),
/// so a prefix's terms are one contiguous range whatever characters they hold.
/// </summary>
internal sealed class CodePointOrder : IComparer<string>
{
    public static readonly CodePointOrder Instance = new();

    int IComparer<string>.Compare(string? x, string? y) => Compare(x!, y!);

    public static int Compare(string x, string y)
    {
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            if (x[i] == y[i]) continue;
            return Fix(x[i]) - Fix(y[i]);
        }
        return x.Length - y.Length;
    }

    // Surrogates (D800–DFFF) move above E000–FFFF, which move down to make room: code point order.
    private static int Fix(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
}
