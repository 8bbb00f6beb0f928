namespace ReportSearch.Query;

/// <summary>
/// Reads the value of a year filter: <c>year:2021</c>, <c>year:2019..2021</c> (also 2019-2021, 2019~2021,
/// 2019至2021, with an optional 年 after each year), or a comparison <c>year&gt;=2020</c>.
/// </summary>
internal static class YearValues
{
    private static readonly string[] Separators = ["..", "-", "~", "至", "到"];

    public static YearRange Read(FilterSyntax filter)
    {
        var value = filter.Value;
        var expected = filter.Op is null ? "a year like 2021 or a range like 2019..2021" : "a year like 2021";
        if (ReadYear(value, 0) is not var (from, afterFrom))
            throw filter.ValueError($"expected {expected} after '{filter.Lead}'");
        if (afterFrom == value.Length) return Compare(filter.Op, from);
        if (filter.Op is not null || Separator(value, afterFrom) is not { } separator)
            throw filter.ValueError($"expected {expected} after '{filter.Lead}'");

        var toStart = afterFrom + separator.Length;
        if (ReadYear(value, toStart) is not var (to, afterTo) || afterTo != value.Length)
            throw filter.Error(filter.ValueStart + toStart, $"expected a year after '{separator}'");
        if (to < from)
            throw filter.ValueError($"the range {from}..{to} runs backwards; write {to}..{from}");
        return new YearRange(from, to);
    }

    private static YearRange Compare(ComparisonOp? op, int year) => op switch
    {
        ComparisonOp.Greater => new YearRange(year + 1, YearRange.Latest),
        ComparisonOp.GreaterOrEqual => new YearRange(year, YearRange.Latest),
        ComparisonOp.Less => new YearRange(YearRange.Earliest, year - 1),
        ComparisonOp.LessOrEqual => new YearRange(YearRange.Earliest, year),
        _ => new YearRange(year, year),
    };

    // Four ASCII digits (full-width ones are folded already), not followed by a fifth, then an optional 年.
    private static (int Year, int End)? ReadYear(string value, int at)
    {
        if (at + 4 > value.Length) return null;
        for (var i = at; i < at + 4; i++)
            if (!char.IsAsciiDigit(value[i])) return null;
        var end = at + 4;
        if (end < value.Length && char.IsAsciiDigit(value[end])) return null;
        var year = int.Parse(value.AsSpan(at, 4), System.Globalization.CultureInfo.InvariantCulture);
        if (year < YearRange.Earliest) return null;
        if (end < value.Length && value[end] == '年') end++;
        return (year, end);
    }

    private static string? Separator(string value, int at) =>
        Separators.FirstOrDefault(s => string.CompareOrdinal(value, at, s, 0, s.Length) == 0);
}
