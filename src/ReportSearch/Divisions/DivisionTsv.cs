namespace ReportSearch.Divisions;

/// <summary>
/// Reads the division table's text form: one division a line, <c>code TAB name TAB level TAB parent_code</c>.
/// Lines that do not fit (wrong field count, unknown level, empty name) are skipped rather than failing the load.
/// </summary>
internal static class DivisionTsv
{
    public static List<Division> Read(TextReader reader)
    {
        var divisions = new List<Division>(46_000);
        // Reading the whole table at once and slicing spans is several times faster than ReadLine + Split.
        var text = reader.ReadToEnd().AsSpan();
        while (!text.IsEmpty)
        {
            var newline = text.IndexOf('\n');
            var line = newline < 0 ? text : text[..newline];
            text = newline < 0 ? [] : text[(newline + 1)..];
            var division = Parse(line.TrimEnd('\r'));
            if (division is not null) divisions.Add(division);
        }
        return divisions;
    }

    private static Division? Parse(ReadOnlySpan<char> line)
    {
        Span<Range> fields = stackalloc Range[5];
        if (line.Split(fields, '\t') != 4) return null;
        var code = line[fields[0]].Trim();
        var name = line[fields[1]].Trim();
        var level = line[fields[2]].Trim();
        var parent = line[fields[3]].Trim();
        if (code.IsEmpty || name.IsEmpty || level.Length != 1 || level[0] < '1' || level[0] > '4') return null;
        foreach (var c in code)
            if (!char.IsAsciiDigit(c)) return null;
        return new Division(code.ToString(), name.ToString(), (DivisionLevel)(level[0] - '0'),
            parent.IsEmpty ? null : parent.ToString());
    }
}
