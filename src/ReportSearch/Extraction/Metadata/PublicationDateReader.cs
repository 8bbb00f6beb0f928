using System.Text.RegularExpressions;

namespace ReportSearch.Extraction.Metadata;

/// <summary>
/// Reads when a report was published, as yyyy-MM-dd: a page label (发布日期：2022-01-20, 发布时间, 公开日期), else
/// the date line under the signature (方正县会发镇人民政府 / 2022年1月20日), else the date it was written
/// (成文日期). Null when the text states none; dates inside prose (截止2021年12月31日) are never taken.
/// </summary>
public sealed partial class PublicationDateReader
{
    private const int TailLinesSearched = 4;

    [GeneratedRegex(@"(?:发布|公开|公布|生成)(?:日期|时间)\s*[：:]\s*")]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"(?:成文|印发|发文|签发)(?:日期|时间)\s*[：:]\s*")]
    private static partial Regex WrittenLabel();

    public string? Read(string text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var layout = ReportLayout.Of(text);
        return Labelled(text, PublishedLabel()) ?? SignatureDate(text, layout) ?? Labelled(text, WrittenLabel());
    }

    private static string? Labelled(string text, Regex label)
    {
        for (var m = label.Match(text); m.Success; m = m.NextMatch())
        {
            var start = m.Index + m.Length;
            var lineEnd = text.IndexOf('\n', start);
            var length = Math.Min((lineEnd < 0 ? text.Length : lineEnd) - start, 24);
            // The date must follow the label directly: 发布日期：2022-01-20, not 发布日期：见下文…2021年.
            if (WrittenDates.First(text, start, length) is { Start: var at } found && at == start) return found.Date;
        }
        return null;
    }

    /// <summary>A line holding only a date, right under a signature line or among the last lines of the report.</summary>
    private static string? SignatureDate(string text, ReportLayout layout)
    {
        var lines = layout.Lines;
        var lastLines = 0;
        string? underSignature = null, nearEnd = null;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            var fromEnd = !line.IsCell && lastLines++ < TailLinesSearched;
            if (line.IsCell || !IsDateOnly(text, line, out var date)) continue;
            if (PreviousLineSigns(text, lines, i)) underSignature ??= date;
            else if (fromEnd) nearEnd ??= date;
        }
        return underSignature ?? nearEnd;
    }

    private static bool IsDateOnly(string text, TextLine line, out string date)
    {
        date = "";
        if (line.Length > 24 || WrittenDates.First(text, line.Start, line.Length) is not { } found) return false;
        if (found.Start != line.Start || found.End != line.End) return false;
        date = found.Date;
        return true;
    }

    /// <summary>The previous non-empty line is a signature: a short name of an office, not a sentence.</summary>
    private static bool PreviousLineSigns(string text, IReadOnlyList<TextLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Length == 0) continue;
            var content = lines[i].In(text);
            return content.Length <= 40 && !content.ContainsAny("。，；：") &&
                   (content.EndsWith("政府") || content.EndsWith("办事处") || content.EndsWith("办公室") || content.EndsWith("委员会") || content.EndsWith("公所"));
        }
        return false;
    }
}
