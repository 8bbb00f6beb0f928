namespace ReportSearch.Query;

/// <summary>
/// Writes FTS5 query syntax. Every string from the user or the analyzer goes inside double quotes with inner quotes
/// doubled, so no input can become FTS5 syntax (an operator, a column filter, NEAR, a caret).
/// </summary>
internal static class FtsSyntax
{
    public const string WordsColumn = "words";
    public const string GramsColumn = "grams";

    /// <summary><c>column : "t1 t2"</c>, with <c>*</c> after it when the last term is a prefix.</summary>
    public static string Phrase(string column, IEnumerable<string> terms, bool prefix = false) =>
        $"{column} : {Quote(string.Join(' ', terms))}{(prefix ? "*" : "")}";

    /// <summary>A string token: "text", inner " doubled, control characters made spaces.</summary>
    public static string Quote(string text)
    {
        // FTS5 reads its expression as a C string: a NUL inside would end it mid-quote ('unterminated string').
        var clean = string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
        return "\"" + clean.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>The parts joined by <paramref name="op"/>, each in parentheses unless it is a single phrase.</summary>
    public static FtsPiece Join(string op, IReadOnlyList<FtsPiece> pieces) =>
        pieces.Count == 1
            ? pieces[0]
            : new FtsPiece(string.Join($" {op} ", pieces.Select(p => p.Nested)), IsAtom: false);
}

/// <summary>A piece of an FTS5 expression; an atom (one column phrase, or something in parentheses) needs no parentheses around it.</summary>
internal readonly record struct FtsPiece(string Text, bool IsAtom)
{
    /// <summary>The piece as the operand of an operator.</summary>
    public string Nested => IsAtom ? Text : "(" + Text + ")";
}
