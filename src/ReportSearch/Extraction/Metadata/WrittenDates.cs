using System.Text.RegularExpressions;

namespace ReportSearch.Extraction.Metadata;

/// <summary>
/// Dates and years as reports write them: 2022年1月20日, 2022年01月20日, 2022-01-20, 2022/1/20, 2022.01.20 and
/// 二〇二二年一月二十日. Anything that is not a real calendar date reads as null.
/// </summary>
internal static partial class WrittenDates
{
    public const int EarliestYear = 1990;
    public const int LatestYear = 2099;

    [GeneratedRegex(@"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|[-./](\d{1,2})[-./](\d{1,2})(?!\d))")]
    private static partial Regex DigitDate();

    [GeneratedRegex(@"([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")]
    private static partial Regex NumeralDate();

    /// <summary>The first date in the span as yyyy-MM-dd, with where it starts and ends; null when none is valid.</summary>
    public static (string Date, int Start, int End)? First(string text, int start, int length)
    {
        for (var m = DigitDate().Match(text, start, length); m.Success; m = m.NextMatch())
        {
            var (month, day) = m.Groups[2].Success ? (m.Groups[2].Value, m.Groups[3].Value) : (m.Groups[4].Value, m.Groups[5].Value);
            if (Format(int.Parse(m.Groups[1].Value), int.Parse(month), int.Parse(day)) is { } date)
                return (date, m.Index, m.Index + m.Length);
        }
        for (var m = NumeralDate().Match(text, start, length); m.Success; m = m.NextMatch())
        {
            var year = NumeralYear(m.Groups[1].Value);
            if (year is not null && Format(year.Value, Numeral(m.Groups[2].Value), Numeral(m.Groups[3].Value)) is { } date)
                return (date, m.Index, m.Index + m.Length);
        }
        return null;
    }

    /// <summary>二〇二一 → 2021, digit by digit; null unless all four are numerals.</summary>
    public static int? NumeralYear(string digits)
    {
        var year = 0;
        foreach (var c in digits)
        {
            var d = "〇一二三四五六七八九".IndexOf(c);
            if (c is '零' or '○' or 'Ｏ') d = 0;
            if (d < 0) return null;
            year = year * 10 + d;
        }
        return year;
    }

    /// <summary>一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31; 0 for anything else.</summary>
    private static int Numeral(string s)
    {
        const string digits = "〇一二三四五六七八九";
        var ten = s.IndexOf('十');
        if (ten < 0) return s.Length == 1 ? Math.Max(0, digits.IndexOf(s[0])) : 0;
        var tens = ten == 0 ? 1 : digits.IndexOf(s[0]);
        var ones = ten == s.Length - 1 ? 0 : digits.IndexOf(s[^1]);
        return tens < 0 || ones < 0 ? 0 : tens * 10 + ones;
    }

    private static string? Format(int year, int month, int day) =>
        year is >= EarliestYear and <= LatestYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? $"{year:D4}-{month:D2}-{day:D2}"
            : null;
}
