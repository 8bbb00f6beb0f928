namespace ReportSearch.Query;

/// <summary>
/// Turns the text part of a query into SQLite FTS5 MATCH expressions over the columns <c>words</c> (ICU words,
/// numbers, Latin) and <c>grams</c> (overlapping Chinese bigrams). A Chinese run of two or more characters becomes
/// the phrase of its bigrams (人员不足 → <c>grams : "人员 员不 不足"</c>), which finds every report holding that
/// substring however it was segmented; one Chinese character is a prefix (<c>grams : "人"*</c>); letters and digits
/// are a phrase of words (<c>words : "app"</c>). A term or phrase mixing both is the AND of its parts. OR, AND and
/// '-' become FTS5 OR, AND and binary NOT. Words the analyzer gives no terms for search nothing and are dropped.
/// </summary>
public sealed class FtsMatchBuilder(IQueryAnalyzer analyzer)
{
    /// <summary>The MATCH expressions for the text part of <paramref name="query"/>.</summary>
    public FtsMatch Build(ParsedQuery query) => Build(query.Text);

    /// <summary>The MATCH expressions for <paramref name="text"/> (a tree as <see cref="QueryParser"/> makes them).</summary>
    public FtsMatch Build(QueryNode? text)
    {
        if (text is null) return FtsMatch.None;
        var (includes, excludes) = Split(text);
        var include = Join("AND", includes.Select(Render));
        var exclude = Join("OR", excludes.Select(Render));
        if (include is null) return new FtsMatch(null, exclude?.Text);
        return new FtsMatch(exclude is null ? include.Value.Text : $"{include.Value.Nested} NOT {exclude.Value.Nested}", null);
    }

    private FtsPiece? Render(QueryNode node) => node switch
    {
        TermNode term => RenderText(term.Text),
        PhraseNode phrase => RenderText(phrase.Text),
        OrNode or => Join("OR", or.Children.Select(Render)),
        AndNode or NotNode => RenderAnd(node),
        _ => throw new ArgumentException($"unknown query node {node.GetType().Name}", nameof(node)),
    };

    // FTS5 has no unary NOT: what is excluded hangs off what is included, X NOT (Y OR Z).
    private FtsPiece? RenderAnd(QueryNode node)
    {
        var (includes, excludes) = Split(node);
        if (includes.Count == 0)
            throw new ArgumentException("FTS5 cannot search for exclusions alone inside OR or '-'", nameof(node));
        var include = Join("AND", includes.Select(Render));
        // Every included word dropped by the analyzer: this part constrains nothing.
        if (include is null) return null;
        var exclude = Join("OR", excludes.Select(Render));
        return exclude is null ? include : new FtsPiece($"{include.Value.Nested} NOT {exclude.Value.Nested}", IsAtom: false);
    }

    private static (List<QueryNode> Includes, List<QueryNode> Excludes) Split(QueryNode node)
    {
        var children = node is AndNode and ? and.Children : [node];
        var includes = children.Where(c => c is not NotNode).ToList();
        var excludes = children.OfType<NotNode>().Select(n => n.Operand).ToList();
        return (includes, excludes);
    }

    private FtsPiece? RenderText(string text) => Join("AND", TextParts.Split(text).Select(part => part switch
    {
        ChinesePart chinese => RenderChinese(chinese),
        LetterPart letters => RenderWords(letters.Text),
        _ => null,
    }));

    private FtsPiece? RenderWords(string text)
    {
        var terms = analyzer.Words(text).Where(t => CharKinds.HasSearchable(t)).ToList();
        return terms.Count == 0 ? null : new FtsPiece(FtsSyntax.Phrase(FtsSyntax.WordsColumn, terms), IsAtom: true);
    }

    // The spec drops punctuation inside Chinese text (公开，不及时 → 公开不及时). The index cuts grams at punctuation,
    // so the text exactly as written is also searched: each run's grams and its closing character, in one phrase.
    private FtsPiece? RenderChinese(ChinesePart part)
    {
        var joined = Grams(part.Joined, prefix: IsOneCharacter(part.Joined));
        if (part.Runs.Count == 1 || joined is null) return joined;
        var asWritten = AsWritten(part.Runs);
        return asWritten is null || asWritten == joined
            ? joined
            : new FtsPiece($"{joined.Value.Text} OR {asWritten.Value.Text}", IsAtom: false);
    }

    private FtsPiece? AsWritten(IReadOnlyList<string> runs)
    {
        var terms = new List<string>();
        for (var i = 0; i < runs.Count; i++)
        {
            terms.AddRange(analyzer.Grams(runs[i]));
            if (i < runs.Count - 1 && !IsOneCharacter(runs[i]))
                terms.AddRange(analyzer.Grams(LastCharacter(runs[i])));
        }
        return Phrase(FtsSyntax.GramsColumn, terms, prefix: IsOneCharacter(runs[^1]));
    }

    private FtsPiece? Grams(string run, bool prefix) => Phrase(FtsSyntax.GramsColumn, analyzer.Grams(run), prefix);

    private static FtsPiece? Phrase(string column, IEnumerable<string> terms, bool prefix)
    {
        var kept = terms.Where(t => CharKinds.HasSearchable(t)).ToList();
        return kept.Count == 0 ? null : new FtsPiece(FtsSyntax.Phrase(column, kept, prefix), IsAtom: true);
    }

    private static FtsPiece? Join(string op, IEnumerable<FtsPiece?> pieces)
    {
        var kept = pieces.Where(p => p is not null).Select(p => p!.Value).ToList();
        return kept.Count == 0 ? null : FtsSyntax.Join(op, kept);
    }

    private static bool IsOneCharacter(string text) => text.EnumerateRunes().Count() == 1;

    private static string LastCharacter(string text) => text.EnumerateRunes().Last().ToString();
}
