using System.Collections.Frozen;
using ReportSearch.Analysis.Folding;

namespace ReportSearch.Analysis;

/// <summary>
/// The terms the analyzer keeps whole even where ICU splits them: the field's vocabulary (the user dictionary) and
/// whatever else the caller passes in, typically every province, city, county and township name of the division
/// list. Terms are stored folded. Only Chinese characters can make a term: a term holding anything else (brackets,
/// digits, Latin) is split there, and pieces shorter than two characters are dropped.
/// </summary>
public sealed class DomainLexicon
{
    /// <summary>Terms longer than this are dropped (the division list's longest name has 24 characters).</summary>
    public const int MaxTermLength = 63;

    private readonly FrozenSet<string> _terms;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // For the first two characters of a term: a bit per length (bit n set: a term of length n starts so). Most
    // positions of a text start no term, and one dictionary probe tells so.
    private readonly FrozenDictionary<uint, ulong> _lengthsByPrefix;

    private DomainLexicon(FrozenSet<string> terms)
    {
        _terms = terms;
        _lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var lengths = new Dictionary<uint, ulong>();
        foreach (var term in terms)
        {
            var key = PrefixKey(term);
            lengths[key] = lengths.GetValueOrDefault(key) | (1UL << term.Length);
        }
        _lengthsByPrefix = lengths.ToFrozenDictionary();
    }

    /// <summary>A lexicon with no terms: ICU's segmentation is used as it is.</summary>
    public static DomainLexicon Empty { get; } = new(Array.Empty<string>().ToFrozenSet(StringComparer.Ordinal));

    /// <summary>A lexicon of the given terms, folded as text is (<see cref="TextFolding.Shared"/>).</summary>
    public static DomainLexicon Build(IEnumerable<string> terms)
    {
        var folding = TextFolding.Shared;
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (string.IsNullOrWhiteSpace(term)) continue;
            foreach (var piece in CjkPieces(folding.Fold(term.Trim())))
                if (piece.Length <= MaxTermLength && CjkCharacters.CountCodePoints(piece) >= 2) kept.Add(piece);
        }
        return new DomainLexicon(kept.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>How many distinct (folded) terms the lexicon holds.</summary>
    public int Count => _terms.Count;

    /// <summary>The folded terms.</summary>
    public IReadOnlyCollection<string> Terms => _terms;

    /// <summary>True when the lexicon holds the term (given folded or not).</summary>
    public bool Contains(string term) => _terms.Contains(TextFolding.Shared.Fold(term));

    /// <summary>
    /// The length of the longest term that <paramref name="folded"/> starts with, or 0 when none does.
    /// </summary>
    public int LongestMatchAt(ReadOnlySpan<char> folded)
    {
        if (folded.Length < 2 || !_lengthsByPrefix.TryGetValue(PrefixKey(folded), out var lengths)) return 0;
        for (var length = Math.Min(folded.Length, MaxTermLength); length >= 2; length--)
            if ((lengths & (1UL << length)) != 0 && _lookup.Contains(folded[..length])) return length;
        return 0;
    }

    private static uint PrefixKey(ReadOnlySpan<char> text) => (uint)text[0] << 16 | text[1];

    private static IEnumerable<string> CjkPieces(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isCjk = false;
            var length = 1;
            if (i < text.Length) isCjk = CjkCharacters.IsCjkAt(text, i, out length);
            if (isCjk)
            {
                if (start < 0) start = i;
                i += length - 1;
                continue;
            }
            if (start >= 0) yield return text[start..i];
            start = -1;
        }
    }
}
