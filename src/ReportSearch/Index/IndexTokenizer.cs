using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// Makes the postings columns of one report: the analyzer's grams and its number and Latin words, each put in the column
/// pair of the section it starts in. The query language searches Chinese only through grams (any substring of two
/// or more characters is a phrase of bigrams), so ICU's Chinese words would only cost space and time: this is the
/// analyzer's chain without the word segmenter. <c>IndexTokenizerTests</c> holds it to the analyzer's own streams.
/// The postings also hold the <paramref name="phrases"/> found in each Chinese run, each at its first gram's position
/// (<see cref="PhraseVocabulary"/>); the column texts, which stand for what the grams alone mean, do not.
/// </summary>
internal sealed class IndexTokenizer(Analyzer analyzer, PhraseVocabulary? phrases = null)
{
    private readonly PhraseVocabulary _phrases = phrases ?? PhraseVocabulary.None;

    /// <summary>The column texts, in <see cref="FtsLayout.Columns"/> order (terms joined by spaces).</summary>
    public string[] Columns(string text, IReadOnlyList<Section> sections)
    {
        var columns = new StringBuilder?[FtsLayout.Columns.Count];
        Visit(text, sections, (column, term) => Append(columns, column, term), null);
        return columns.Select(c => c?.ToString() ?? "").ToArray();
    }

    /// <summary>The report's terms with their positions in each column, as the postings blob stores them.</summary>
    public ReportTerms Terms(string text, IReadOnlyList<Section> sections)
    {
        var builder = new ReportTermsBuilder();
        Visit(text, sections, builder.Add, builder.AddAtLast);
        return builder.Build();
    }

    /// <summary>
    /// Calls <paramref name="token"/> with each token's column (in <see cref="FtsLayout.Columns"/> order) and term, in
    /// text order, and <paramref name="phrase"/> (when given) with each phrase right after the gram it starts at.
    /// </summary>
    private void Visit(string text, IReadOnlyList<Section> sections, Action<int, string> token, Action<int, string>? phrase)
    {
        var folded = analyzer.Fold(text);
        var runs = ScriptRunTokenizer.Split(folded);
        var groups = new GroupLookup(sections, text.Length);
        var grams = new List<Token>(64);
        var found = new List<string>();
        foreach (var run in runs)
        {
            var group = groups.At(run.Start);
            if (run.Kind == ScriptRunKind.Cjk)
            {
                grams.Clear();
                CjkBigramFilter.AddGrams(folded, run, grams);
                foreach (var gram in grams)
                {
                    token(2 * group, gram.Term);
                    if (phrase is null) continue;
                    _phrases.StartingAt(folded, gram.Start, run.End, found);
                    foreach (var p in found) phrase(2 * group, p);
                }
            }
            else
            {
                token(2 * group + 1, AlphanumericRunFilter.ToToken(folded, run).Term);
            }
        }
    }

    /// <summary>
    /// The grams and the number/Latin words of a text, as the highlighter needs them to find what a query matched
    /// (the query language never matches Chinese words, so ICU segmentation is skipped here too).
    /// </summary>
    public AnalyzedText Analyze(string text) => Split(analyzer.Fold(text), words: true, grams: true);

    /// <summary>
    /// The number/Latin words and/or the grams of an already folded text, in text order; a caller that needs only one
    /// kind (the snippets' word phrases) skips making the other.
    /// </summary>
    public static AnalyzedText Split(string folded, bool words, bool grams)
    {
        var wordTokens = new List<Token>();
        var gramTokens = new List<Token>(grams ? folded.Length + 4 : 0);
        foreach (var run in ScriptRunTokenizer.Split(folded))
        {
            if (run.Kind == ScriptRunKind.Cjk)
            {
                if (grams) CjkBigramFilter.AddGrams(folded, run, gramTokens);
            }
            else if (words)
            {
                wordTokens.Add(AlphanumericRunFilter.ToToken(folded, run));
            }
        }
        return new AnalyzedText(wordTokens, gramTokens);
    }

    private static void Append(StringBuilder?[] columns, int column, string term)
    {
        var builder = columns[column] ??= new StringBuilder(1024);
        if (builder.Length > 0) builder.Append(' ');
        builder.Append(term);
    }

    /// <summary>
    /// Which column group an offset lies in: the section containing it, else the unsectioned group. Runs never cross
    /// a section start (sections start on a new line, and a line break ends every run).
    /// </summary>
    private sealed class GroupLookup
    {
        private readonly int[] _groupAt;

        public GroupLookup(IReadOnlyList<Section> sections, int length)
        {
            _groupAt = new int[length + 1];
            Array.Fill(_groupAt, FtsLayout.Groups.Count - 1);
            foreach (var section in sections)
            {
                var group = FtsLayout.GroupOf(section.Kind);
                for (var i = Math.Max(0, section.Start); i < Math.Min(length, section.End); i++) _groupAt[i] = group;
            }
        }

        public int At(int offset) => _groupAt[offset];
    }
}
