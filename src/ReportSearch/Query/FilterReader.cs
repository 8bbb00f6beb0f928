namespace ReportSearch.Query;

/// <summary>
/// Recognises a filter at a token start: an ASCII name followed by ':' (<c>year:2021</c>, <c>county:尉氏县</c>) or,
/// for a metric key or <c>year</c>, by a comparison (<c>disclosed.total &gt; 1000</c>, <c>year&gt;=2020</c>). Anything
/// else is left to be read as a word. Spaces may follow ':' and surround a comparison, as people type them.
/// </summary>
internal static class FilterReader
{
    /// <summary>The filter token at <paramref name="start"/> of the folded query, or null when none starts there.</summary>
    public static QueryToken? TryRead(string typed, string text, int start)
    {
        var nameEnd = NameEnd(text, start);
        if (nameEnd == start) return null;
        var name = text[start..nameEnd].ToLowerInvariant();
        if (nameEnd < text.Length && text[nameEnd] == ':')
            return Read(typed, text, name, start, null, nameEnd + 1);

        // Only metric keys (which have a dot) and year compare, so 'a>5' stays a word.
        if (!name.Contains('.') && name != "year") return null;
        var opStart = SkipSpaces(text, nameEnd);
        return ReadOp(text, opStart) is var (op, opEnd) ? Read(typed, text, name, start, op, opEnd) : null;
    }

    private static QueryToken Read(string typed, string text, string name, int start, ComparisonOp? op, int leadEnd)
    {
        var valueStart = SkipSpaces(text, leadEnd);
        var (value, end) = ReadValue(typed, text, valueStart);
        var syntax = new FilterSyntax(typed, name, start, op, value, valueStart, typed[start..leadEnd].TrimEnd());
        return new QueryToken(QueryTokenKind.Filter, start, end, typed[start..end], FilterValues.Build(syntax));
    }

    // [A-Za-z][A-Za-z0-9_]* then (. [A-Za-z0-9_]+)*
    private static int NameEnd(string text, int start)
    {
        if (start >= text.Length || !char.IsAsciiLetter(text[start])) return start;
        var end = start + 1;
        while (true)
        {
            while (end < text.Length && IsNameChar(text[end])) end++;
            if (end + 1 < text.Length && text[end] == '.' && IsNameChar(text[end + 1])) end++;
            else return end;
        }
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    private static (ComparisonOp Op, int End)? ReadOp(string text, int at)
    {
        if (at >= text.Length) return null;
        var next = at + 1 < text.Length ? text[at + 1] : '\0';
        return text[at] switch
        {
            '>' when next == '=' => (ComparisonOp.GreaterOrEqual, at + 2),
            '<' when next == '=' => (ComparisonOp.LessOrEqual, at + 2),
            '=' when next == '=' => (ComparisonOp.Equal, at + 2),
            '>' => (ComparisonOp.Greater, at + 1),
            '<' => (ComparisonOp.Less, at + 1),
            '=' => (ComparisonOp.Equal, at + 1),
            '≥' => (ComparisonOp.GreaterOrEqual, at + 1),
            '≤' => (ComparisonOp.LessOrEqual, at + 1),
            _ => null,
        };
    }

    // A quoted value ("尉氏 县") or a bare run up to a space or bracket; empty when nothing follows.
    private static (string Value, int End) ReadValue(string typed, string text, int at)
    {
        if (at < text.Length && text[at] == '"')
        {
            var close = text.IndexOf('"', at + 1);
            if (close < 0) throw new QuerySyntaxException(typed, at, $"unclosed quote \"{typed[(at + 1)..]}");
            return (text[(at + 1)..close].Trim(), close + 1);
        }
        var end = at;
        while (end < text.Length && !QueryLexer.EndsWord(text[end])) end++;
        return (text[at..end], end);
    }
}
