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
        var columns = new ColumnTexts();
        Visit(text, sections, columns);
        return columns.Texts();
    }

    /// <summary>The report's terms with their positions in each column, as the postings blob stores them.</summary>
    public ReportTerms Terms(string text, IReadOnlyList<Section> sections)
    {
        var builder = new ReportTermsBuilder();
        Visit(text, sections, builder);
        return builder.Build();
    }

    /// <summary>
    /// Gives <paramref name="sink"/> each token's column (in <see cref="FtsLayout.Columns"/> order) and term, in text
    /// order, and each phrase right after the gram it starts at. Grams are handed over as slices of the folded text:
    /// the sink makes a string only for a term new to the report.
    /// </summary>
    private void Visit(string text, IReadOnlyList<Section> sections, ITokenSink sink)
    {
        var folded = analyzer.Fold(text);
        var runs = ScriptRunTokenizer.Split(folded);
        var groups = new GroupLookup(sections, text.Length);
        var grams = new List<(int Start, int Length)>(64);
        var found = new List<string>();
        foreach (var run in runs)
        {
            var group = groups.At(run.Start);
            if (run.Kind == ScriptRunKind.Cjk)
            {
                grams.Clear();
                CjkBigramFilter.AddGramSpans(folded, run, grams);
                foreach (var (start, length) in grams)
                {
                    sink.Token(2 * group, folded.AsSpan(start, length));
                    _phrases.StartingAt(folded, start, run.End, found);
                    foreach (var phrase in found) sink.Phrase(2 * group, phrase);
                }
            }
            else
            {
                sink.Token(2 * group + 1, AlphanumericRunFilter.ToToken(folded, run).Term);
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

    /// <summary>The column texts as FTS5 was given them: grams and words joined by spaces, no phrase terms.</summary>
    private sealed class ColumnTexts : ITokenSink
    {
        private readonly StringBuilder?[] _columns = new StringBuilder?[FtsLayout.Columns.Count];

        public void Token(int column, ReadOnlySpan<char> term)
        {
            var builder = _columns[column] ??= new StringBuilder(1024);
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(term);
        }

        public void Phrase(int column, string phrase)
        {
        }

        public string[] Texts() => _columns.Select(c => c?.ToString() ?? "").ToArray();
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

/// <summary>Where <see cref="IndexTokenizer"/> puts a report's tokens.</summary>
internal interface ITokenSink
{
    /// <summary>The next token of <paramref name="column"/>.</summary>
    void Token(int column, ReadOnlySpan<char> term);

    /// <summary>A phrase term starting at <paramref name="column"/>'s last token.</summary>
    void Phrase(int column, string phrase);
}
