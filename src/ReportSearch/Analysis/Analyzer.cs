using ReportSearch.Analysis.Folding;

namespace ReportSearch.Analysis;

/// <summary>
/// The Chinese analyzer: the one place the analysis chain is composed.
/// <list type="number">
/// <item>fold characters 1:1 (full-width → half-width, traditional → simplified: <see cref="TextFolding"/>);</item>
/// <item>cut the folded text into Chinese runs and letter/digit runs, dropping punctuation (<c>ScriptRunTokenizer</c>);</item>
/// <item>Chinese runs: ICU word boundaries (<c>IcuWordSegmenter</c>), merged so lexicon terms stay whole
/// (<c>LexiconMerger</c>) → words; and bigrams (<c>CjkBigramFilter</c>) → grams;</item>
/// <item>letter/digit runs: numbers kept, Latin lower-cased (<c>AlphanumericRunFilter</c>) → words;</item>
/// <item>queries: the same folding and runs, then phrases to match (<c>QueryPhraseBuilder</c>).</item>
/// </list>
/// Token offsets point into the original text. Thread-safe: build one and share it (each thread gets its own ICU
/// break iterator).
/// </summary>
public sealed class Analyzer : IDisposable
{
    private readonly TextFolding _folding;
    private readonly IcuWordSegmenter _segmenter = new();
    private readonly LexiconMerger _merger;

    /// <summary>An analyzer that keeps the terms of <paramref name="lexicon"/> whole.</summary>
    public Analyzer(DomainLexicon lexicon)
    {
        _folding = TextFolding.Shared;
        Lexicon = lexicon;
        _merger = new LexiconMerger(lexicon);
    }

    /// <summary>
    /// An analyzer whose lexicon is the built-in user dictionary plus <paramref name="extraTerms"/> — typically
    /// every division name: <c>Analyzer.Create(DivisionTable.Load().All.Select(d =&gt; d.Name))</c>.
    /// </summary>
    public static Analyzer Create(IEnumerable<string>? extraTerms = null) =>
        new(DomainLexicon.Build(UserDictionary.LoadEmbedded().Concat(extraTerms ?? [])));

    /// <summary>The terms this analyzer keeps whole.</summary>
    public DomainLexicon Lexicon { get; }

    /// <summary>The text folded as the analyzer sees it (same length and offsets as the original).</summary>
    public string Fold(string text) => _folding.Fold(text);

    /// <summary>Both token streams of a text (one pass of folding and run splitting).</summary>
    public AnalyzedText Analyze(string text)
    {
        var folded = _folding.Fold(text);
        var runs = ScriptRunTokenizer.Split(folded);
        return new AnalyzedText(WordsOf(folded, runs), GramsOf(folded, runs));
    }

    /// <summary>The <c>words</c> stream: Chinese words, numbers and Latin terms, in text order.</summary>
    public IReadOnlyList<Token> Words(string text)
    {
        var folded = _folding.Fold(text);
        return WordsOf(folded, ScriptRunTokenizer.Split(folded));
    }

    /// <summary>
    /// The <c>grams</c> stream: for each Chinese run its bigrams, then its last character (人员不足 → 人员 员不 不足 足);
    /// a run of one character gives just that character.
    /// </summary>
    public IReadOnlyList<Token> Grams(string text)
    {
        var folded = _folding.Fold(text);
        return GramsOf(folded, ScriptRunTokenizer.Split(folded));
    }

    /// <summary>The text of the <c>words</c> and <c>grams</c> columns for a document's FTS5 row.</summary>
    public TokenColumns Columns(string text)
    {
        var analyzed = Analyze(text);
        return new TokenColumns(TokenColumns.Join(analyzed.Words), TokenColumns.Join(analyzed.Grams));
    }

    /// <summary>
    /// A piece of query text (a bare word or the inside of a quoted phrase, with the query syntax already parsed
    /// away) as phrases to match: each Chinese run → its bigram phrase on <c>grams</c> (one character → a prefix
    /// query there); numbers and Latin words → terms on <c>words</c>, one phrase for those joined by punctuation
    /// alone (12.5 → "12 5", www.gov.cn → "www gov cn"). Spaces and Chinese separate phrases.
    /// </summary>
    public IReadOnlyList<QueryPhrase> QueryTerms(string query)
    {
        var folded = _folding.Fold(query);
        return QueryPhraseBuilder.Build(folded, ScriptRunTokenizer.Split(folded));
    }

    private List<Token> WordsOf(string folded, List<ScriptRun> runs)
    {
        var boundaries = new List<int>(folded.Length / 2 + 4);
        _segmenter.Segment(folded, runs, boundaries);
        var words = new List<Token>(folded.Length / 2 + 4);
        var next = 0;
        foreach (var run in runs)
        {
            if (run.Kind == ScriptRunKind.Cjk) next = _merger.AddWords(folded, run, boundaries, next, words);
            else words.Add(AlphanumericRunFilter.ToToken(folded, run));
        }
        return words;
    }

    private static List<Token> GramsOf(string folded, List<ScriptRun> runs)
    {
        var grams = new List<Token>(folded.Length + 4);
        foreach (var run in runs)
            if (run.Kind == ScriptRunKind.Cjk) CjkBigramFilter.AddGrams(folded, run, grams);
        return grams;
    }

    /// <summary>Releases the ICU break iterators of every thread that used this analyzer.</summary>
    public void Dispose() => _segmenter.Dispose();
}
