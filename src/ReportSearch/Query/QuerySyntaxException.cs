namespace ReportSearch.Query;

/// <summary>
/// A query the parser cannot read. <see cref="Exception.Message"/> says what is wrong in one line,
/// <see cref="Position"/> where (0-based offset into <see cref="Query"/>; equal to its length when something is
/// missing at the end). Show <see cref="Describe"/> to users, and <see cref="CaretLines"/> in a terminal.
/// </summary>
public sealed class QuerySyntaxException : Exception
{
    public QuerySyntaxException(string query, int position, string message) : base(message)
    {
        Query = query;
        Position = Math.Clamp(position, 0, query.Length);
    }

    /// <summary>The query as the user typed it.</summary>
    public string Query { get; }

    /// <summary>0-based character offset into <see cref="Query"/> of the problem.</summary>
    public int Position { get; }

    /// <summary>1-based column of the problem, as people count.</summary>
    public int Column => Position + 1;

    /// <summary>One line such as <c>column 17: expected a number after 'disclosed.total&gt;'</c>.</summary>
    public string Describe() => $"column {Column}: {Message}";

    /// <summary>
    /// Two lines for a terminal: the query, and a caret under the problem. Chinese characters take two terminal
    /// columns, so the caret is indented by display width, not by character count.
    /// </summary>
    public string CaretLines()
    {
        var shown = string.Concat(Query.Select(c => char.IsControl(c) ? ' ' : c));
        var indent = TerminalWidth.Of(shown.AsSpan(0, Position));
        return shown + Environment.NewLine + new string(' ', indent) + "^";
    }
}
