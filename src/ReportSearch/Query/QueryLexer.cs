namespace ReportSearch.Query;

/// <summary>
/// Cuts a query into <see cref="QueryToken"/>s: words, quoted phrases, filters, '-', OR, AND and parentheses.
/// Works on the folded query (<see cref="SyntaxFolding"/>), whose offsets are those of the query as typed.
/// </summary>
internal sealed class QueryLexer
{
    private const int ExcerptLength = 10;
    private readonly string _typed;
    private readonly string _text;
    private readonly List<QueryToken> _tokens = [];
    private int _at;

    private QueryLexer(string typed)
    {
        _typed = typed;
        _text = SyntaxFolding.Fold(typed);
    }

    /// <summary>The tokens of <paramref name="query"/>; throws <see cref="QuerySyntaxException"/> on a broken one.</summary>
    public static List<QueryToken> Tokenize(string query)
    {
        var lexer = new QueryLexer(query);
        lexer.Run();
        return lexer._tokens;
    }

    /// <summary>True for the characters that end a bare word.</summary>
    public static bool EndsWord(char c) => char.IsWhiteSpace(c) || c is '"' or '(' or ')' or '|';

    private void Run()
    {
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (char.IsWhiteSpace(c)) _at++;
            else if (c == '"') ReadPhrase();
            else if (c == '(') Add(QueryTokenKind.Open, _at, _at + 1);
            else if (c == ')') Add(QueryTokenKind.Close, _at, _at + 1);
            else if (c == '|') ReadBars();
            else if (c == '-') Add(QueryTokenKind.Exclude, _at, _at + 1);
            else if (FilterReader.TryRead(_typed, _text, _at) is { } filter) Add(filter);
            else ReadWord();
        }
    }

    private void Add(QueryTokenKind kind, int start, int end, string text = "") =>
        Add(new QueryToken(kind, start, end, text));

    private void Add(QueryToken token)
    {
        _tokens.Add(token);
        _at = token.End;
    }

    private void ReadPhrase()
    {
        var start = _at;
        var close = _text.IndexOf('"', start + 1);
        if (close < 0) throw Unclosed(start);
        var inside = _text[(start + 1)..close];
        if (!CharKinds.HasSearchable(inside))
            throw new QuerySyntaxException(_typed, start, "empty phrase: put words between the quotes");
        Add(QueryTokenKind.Phrase, start, close + 1, inside);
    }

    private QuerySyntaxException Unclosed(int quote)
    {
        var rest = _typed[(quote + 1)..];
        var excerpt = rest.Length > ExcerptLength ? rest[..ExcerptLength] + "…" : rest;
        return new QuerySyntaxException(_typed, quote, $"unclosed quote \"{excerpt}");
    }

    // || reads as one OR: people used to programming languages type it.
    private void ReadBars()
    {
        var end = _at;
        while (end < _text.Length && _text[end] == '|') end++;
        Add(QueryTokenKind.Or, _at, end);
    }

    private void ReadWord()
    {
        var start = _at;
        var end = start;
        while (end < _text.Length && !EndsWord(_text[end])) end++;
        var word = _text[start..end];
        if (word.Equals("OR", StringComparison.OrdinalIgnoreCase)) Add(QueryTokenKind.Or, start, end);
        else if (word.Equals("AND", StringComparison.OrdinalIgnoreCase)) Add(QueryTokenKind.And, start, end);
        // Stray punctuation (a lone ， or 、 between words) searches nothing: skip it as a separator.
        else if (!CharKinds.HasSearchable(word)) _at = end;
        else Add(QueryTokenKind.Word, start, end, word);
    }
}
