namespace ReportSearch.Query;

/// <summary>
/// Reads the query language of DESIGN.md: <c>人员 不足</c> (all words), <c>"公开不及时"</c> (exact phrase),
/// <c>新媒体 OR 公众号</c> (also <c>or</c> and <c>|</c>), <c>-宣传</c> (exclude), parentheses, an optional <c>AND</c>, and
/// filters (<c>year:2019..2021</c>, <c>county:尉氏县</c>, <c>section:problems</c>, <c>disclosed.total&gt;1000</c> …).
/// Full-width forms typed on Chinese keyboards mean the same as their ASCII ones.
/// OR binds tighter than AND, as in web search engines: <c>新媒体 OR 公众号 不及时</c> is
/// <c>(新媒体 OR 公众号) 不及时</c>, so a filter written beside an OR still applies to the whole query.
/// </summary>
public static class QueryParser
{
    /// <summary>The query's text part and filters; throws <see cref="QuerySyntaxException"/> when it cannot be read.</summary>
    public static ParsedQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tokens = QueryLexer.Tokenize(query);
        if (tokens.Count == 0) throw new QuerySyntaxException(query, 0, "empty query");
        return new Reader(query, tokens).ReadQuery();
    }

    // A parsed piece of an AND list: a text node or a filter, with where it starts for errors.
    private readonly record struct Operand(QueryNode? Node, QueryFilter? Filter, int Start);

    private sealed class Reader(string query, List<QueryToken> tokens)
    {
        private const string Something = "a word, phrase or group";
        private int _next;

        public ParsedQuery ReadQuery()
        {
            var operands = ReadAnd(insideGroup: false);
            if (Peek() is { } stray) throw Error(stray.Start, "unmatched ')'");
            var filters = operands.Where(o => o.Filter is not null).Select(o => o.Filter!).ToList();
            var text = QueryNodes.And(operands.Where(o => o.Node is not null).Select(o => o.Node!).ToList());
            if (filters.Count == 0 && QueryNodes.OnlyExcludes(text))
                throw Error(0, "a query needs at least one term or filter to include, not only words to exclude");
            return new ParsedQuery(text, filters);
        }

        // operand ([AND] operand)* up to ')' or the end.
        private List<Operand> ReadAnd(bool insideGroup)
        {
            var operands = new List<Operand>();
            QueryToken? pendingAnd = null;
            while (Peek() is { } token && token.Kind != QueryTokenKind.Close)
            {
                if (token.Kind == QueryTokenKind.And)
                {
                    if (operands.Count == 0 || pendingAnd is not null) throw Error(token.Start, $"expected {Something} before AND");
                    pendingAnd = Take();
                    continue;
                }
                if (token.Kind == QueryTokenKind.Or) throw Error(token.Start, $"expected {Something} before OR");
                var operand = ReadOr();
                if (insideGroup && operand.Filter is not null)
                    throw Error(operand.Start, "filters apply to the whole query: write them outside parentheses");
                operands.Add(operand);
                pendingAnd = null;
            }
            if (pendingAnd is not null) throw Error(Peek()?.Start ?? query.Length, $"expected {Something} after AND");
            return operands;
        }

        // unary (OR unary)*
        private Operand ReadOr()
        {
            var first = ReadUnary();
            if (Peek()?.Kind != QueryTokenKind.Or) return first;
            var choices = new List<Operand> { first };
            while (Peek()?.Kind == QueryTokenKind.Or)
            {
                Take();
                if (Peek() is not { Kind: not (QueryTokenKind.Or or QueryTokenKind.And or QueryTokenKind.Close) })
                    throw Error(Peek()?.Start ?? query.Length, $"expected {Something} after OR");
                choices.Add(ReadUnary());
            }
            foreach (var choice in choices)
            {
                if (choice.Filter is not null)
                    throw Error(choice.Start, "a filter cannot be a choice of OR: filters apply to the whole query");
                if (QueryNodes.OnlyExcludes(choice.Node))
                    throw Error(choice.Start, "a choice of OR cannot only exclude: give it a word to include");
            }
            return new Operand(QueryNodes.Or(choices.Select(c => c.Node!).ToList()), null, first.Start);
        }

        // ['-'] primary; the '-' must touch what it excludes.
        private Operand ReadUnary()
        {
            var token = Peek()!;
            if (token.Kind != QueryTokenKind.Exclude) return ReadPrimary();
            Take();
            var next = Peek();
            if (next is null || next.Start != token.End
                || next.Kind is not (QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Open or QueryTokenKind.Filter))
                throw Error(token.End, $"expected {Something} right after '-'");
            if (next.Kind == QueryTokenKind.Filter)
                throw Error(next.Start, "a filter cannot be excluded with '-'");
            var operand = ReadPrimary();
            if (QueryNodes.OnlyExcludes(operand.Node))
                throw Error(next.Start, "'-' cannot exclude what is already excluded");
            return new Operand(new NotNode(operand.Node!), null, token.Start);
        }

        private Operand ReadPrimary()
        {
            var token = Take();
            switch (token.Kind)
            {
                case QueryTokenKind.Word: return new Operand(new TermNode(token.Text), null, token.Start);
                case QueryTokenKind.Phrase: return new Operand(new PhraseNode(token.Text), null, token.Start);
                case QueryTokenKind.Filter: return new Operand(null, token.Filter, token.Start);
                case QueryTokenKind.Open: return ReadGroup(token);
                case QueryTokenKind.Close: throw Error(token.Start, "unmatched ')'");
                default: throw Error(token.Start, $"expected {Something}");
            }
        }

        private Operand ReadGroup(QueryToken open)
        {
            if (Peek()?.Kind == QueryTokenKind.Close) throw Error(open.Start, "empty parentheses");
            var inside = ReadAnd(insideGroup: true);
            if (Peek()?.Kind != QueryTokenKind.Close) throw Error(open.Start, "unclosed '('");
            Take();
            return new Operand(QueryNodes.And(inside.Select(o => o.Node!).ToList()), null, open.Start);
        }

        private QueryToken? Peek() => _next < tokens.Count ? tokens[_next] : null;

        private QueryToken Take() => tokens[_next++];

        private QuerySyntaxException Error(int position, string message) => new(query, position, message);
    }
}
