namespace ReportSearch.Query;

/// <summary>
/// Turns the text part of a query into a <see cref="QueryPlan"/>, step for step as the tests' FTS5 reference <c>FtsMatchBuilder</c>
/// writes its MATCH expressions, so both mean the same: a Chinese run of two or more characters is the phrase of its
/// bigrams, one Chinese character a prefix, letters and digits a phrase of words; a term mixing both is the AND of its
/// parts; Chinese with punctuation inside is also searched as written; words the analyzer gives no terms for are
/// dropped; what is excluded hangs off what is included.
/// </summary>
public sealed class QueryPlanBuilder(IQueryAnalyzer analyzer)
{
    /// <summary>The plan for the text part of <paramref name="query"/>.</summary>
    public QueryPlan Build(ParsedQuery query) => Build(query.Text);

    /// <summary>The plan for <paramref name="text"/> (a tree as <see cref="QueryParser"/> makes them).</summary>
    public QueryPlan Build(QueryNode? text)
    {
        if (text is null) return QueryPlan.None;
        var (includes, excludes) = Split(text);
        var include = Join(includes.Select(Render), c => new AllPlan(c));
        var exclude = Join(excludes.Select(Render), c => new AnyPlan(c));
        if (include is null) return new QueryPlan(null, exclude);
        return new QueryPlan(exclude is null ? include : new ExceptPlan(include, exclude), null);
    }

    private TextPlan? Render(QueryNode node) => node switch
    {
        TermNode term => RenderText(term.Text),
        PhraseNode phrase => RenderText(phrase.Text),
        OrNode or => Join(or.Children.Select(Render), c => new AnyPlan(c)),
        AndNode or NotNode => RenderAnd(node),
        _ => throw new ArgumentException($"unknown query node {node.GetType().Name}", nameof(node)),
    };

    private TextPlan? RenderAnd(QueryNode node)
    {
        var (includes, excludes) = Split(node);
        if (includes.Count == 0)
            throw new ArgumentException("exclusions alone cannot be searched inside OR or '-'", nameof(node));
        var include = Join(includes.Select(Render), c => new AllPlan(c));
        if (include is null) return null;
        var exclude = Join(excludes.Select(Render), c => new AnyPlan(c));
        return exclude is null ? include : new ExceptPlan(include, exclude);
    }

    private static (List<QueryNode> Includes, List<QueryNode> Excludes) Split(QueryNode node)
    {
        var children = node is AndNode and ? and.Children : [node];
        return (children.Where(c => c is not NotNode).ToList(), children.OfType<NotNode>().Select(n => n.Operand).ToList());
    }

    private TextPlan? RenderText(string text) => Join(TextParts.Split(text).Select(part => part switch
    {
        ChinesePart chinese => RenderChinese(chinese),
        LetterPart letters => Phrase(analyzer.Words(letters.Text), prefix: false),
        _ => null,
    }), c => new AllPlan(c));

    private TextPlan? RenderChinese(ChinesePart part)
    {
        var joined = Phrase(analyzer.Grams(part.Joined), prefix: IsOneCharacter(part.Joined));
        if (part.Runs.Count == 1 || joined is null) return joined;
        var asWritten = AsWritten(part.Runs);
        return asWritten is null || asWritten.Key == joined.Key ? joined : new AnyPlan([joined, asWritten]);
    }

    // As FtsMatchBuilder: each run's grams and, between runs, the closing character the index puts after a run.
    private TextPlan? AsWritten(IReadOnlyList<string> runs)
    {
        var terms = new List<string>();
        for (var i = 0; i < runs.Count; i++)
        {
            terms.AddRange(analyzer.Grams(runs[i]));
            if (i < runs.Count - 1 && !IsOneCharacter(runs[i]))
                terms.AddRange(analyzer.Grams(runs[i].EnumerateRunes().Last().ToString()));
        }
        return Phrase(terms, prefix: IsOneCharacter(runs[^1]));
    }

    private static TextPlan? Phrase(IEnumerable<string> terms, bool prefix)
    {
        var kept = terms.Where(t => CharKinds.HasSearchable(t)).ToList();
        return kept.Count == 0 ? null : new PhrasePlan(kept, prefix);
    }

    private static TextPlan? Join(IEnumerable<TextPlan?> plans, Func<IReadOnlyList<TextPlan>, TextPlan> make)
    {
        var kept = plans.Where(p => p is not null).Select(p => p!).ToList();
        return kept.Count switch
        {
            0 => null,
            1 => kept[0],
            _ => make(kept),
        };
    }

    private static bool IsOneCharacter(string text) => text.EnumerateRunes().Count() == 1;
}
