using System.Text.RegularExpressions;

namespace ReportSearch.Extraction.Metadata;

/// <summary>
/// Reads the year a report covers: from its title (2021年政府信息公开工作年度报告, 2021年度, 二〇二一年度), else
/// from the statistics period (统计期限自2021年1月1日起至2021年12月31日止), else from the preamble's own words
/// (公布2021年度…信息公开工作年度报告). Never from the publication date: a 2021 report is published in 2022.
/// </summary>
public sealed partial class ReportYearReader
{
    private const int PreambleChars = 2500;

    // A year not followed by a month: 2021年度 / 2021年政府 / （2021年）, but not 2022年1月20日.
    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年(?!\s*\d{1,2}\s*月)(?![一二三四五六七八九十]{1,2}月)")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*0?1\s*月\s*0?1\s*日|[-./]0?1[-./]0?1)\s*(?:起|开始)?\s*(?:至|到|—|－|-|~|～)")]
    private static partial Regex PeriodStart();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})\s*年度?[^。\n]{0,30}?信息公开(?:工作)?(?:年度)?(?:报告|年报)")]
    private static partial Regex YearOfReport();

    public int? Read(string text) => string.IsNullOrEmpty(text) ? null : Read(text, ReportLayout.Of(text));

    internal int? Read(string text, ReportLayout layout)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return FromTitle(text, layout) ?? FromPeriod(text) ?? FromPreamble(text);
    }

    private static int? FromTitle(string text, ReportLayout layout)
    {
        // Title lines first (they name the report), then the rest of the head (chrome: 2021年度报告 in a breadcrumb).
        var head = layout.Lines.Take(Math.Max(layout.HeadLineCount, 1)).Where(l => l.Length > 0).ToList();
        foreach (var titleOnly in (bool[])[true, false])
        {
            foreach (var line in head)
            {
                if (titleOnly != IssuingBodyFinder.IsTitleLine(line.In(text))) continue;
                if (PublicationLabel(text, line)) continue;
                var m = TitleYear().Match(text, line.Start, line.Length);
                if (m.Success && Year(m.Groups[1].Value) is { } year) return year;
            }
        }
        return null;
    }

    private static bool PublicationLabel(string text, TextLine line)
    {
        var content = line.In(text);
        return content.Contains("日期", StringComparison.Ordinal) || content.Contains("时间", StringComparison.Ordinal);
    }

    private static int? FromPeriod(string text)
    {
        var m = PeriodStart().Match(text);
        return m.Success ? Year(m.Groups[1].Value) : null;
    }

    private static int? FromPreamble(string text)
    {
        var m = YearOfReport().Match(text, 0, Math.Min(text.Length, PreambleChars));
        return m.Success ? Year(m.Groups[1].Value) : null;
    }

    private static int? Year(string written)
    {
        var year = char.IsAsciiDigit(written[0]) ? int.Parse(written) : WrittenDates.NumeralYear(written);
        return year is >= WrittenDates.EarliestYear and <= WrittenDates.LatestYear ? year : null;
    }
}
