namespace ReportSearch.Extraction.Metadata;

/// <summary>
/// Reads when a report was published, as yyyy-MM-dd: a page label (发布日期：2022-01-20, 发布时间, 公开日期), else
/// the date line under the signature (方正县会发镇人民政府 / 2022年1月20日), else the date it was written
/// (成文日期). Null when the text states none; dates inside prose (截止2021年12月31日) are never taken.
/// </summary>
public sealed class PublicationDateReader
{
    private const int TailLinesSearched = 4;

    private static readonly string[] PublishedVerbs = ["发布", "公开", "公布", "生成"];
    private static readonly string[] WrittenVerbs = ["成文", "印发", "发文", "签发"];

    public string? Read(string text) => string.IsNullOrEmpty(text) ? null : Read(text, ReportLayout.Of(text));

    internal string? Read(string text, ReportLayout layout)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return Labelled(text, PublishedVerbs) ?? SignatureDate(text, layout) ?? Labelled(text, WrittenVerbs);
    }

    /// <summary>A date right after 发布日期： (or the like). Searching for 日期/时间 first keeps this a vectorised scan.</summary>
    private static string? Labelled(string text, string[] verbs)
    {
        foreach (var noun in (string[])["日期", "时间"])
        {
            for (var at = text.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = text.IndexOf(noun, at + 2, StringComparison.Ordinal))
            {
                if (at < 2 || !EndsWithAny(text.AsSpan(at - 2, 2), verbs)) continue;
                var start = SkipBlanks(text, at + 2, newlines: false);
                if (start >= text.Length || text[start] is not ('：' or ':')) continue;
                // The value may sit in the next cell: 发布日期： / 2022-01-20 on two lines.
                start = SkipBlanks(text, start + 1, newlines: true);
                var lineEnd = text.IndexOf('\n', start);
                var length = Math.Min((lineEnd < 0 ? text.Length : lineEnd) - start, 24);
                // The date must follow the label directly: 发布日期：2022-01-20, not 发布日期：见下文…2021年.
                if (WrittenDates.First(text, start, length) is { Start: var found, Date: var date } && found == start) return date;
            }
        }
        return null;
    }

    private static int SkipBlanks(string text, int at, bool newlines)
    {
        var lineBreaks = 0;
        while (at < text.Length && char.IsWhiteSpace(text[at]) && (text[at] != '\n' || (newlines && ++lineBreaks <= 1))) at++;
        return at;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> before, string[] verbs)
    {
        foreach (var verb in verbs)
            if (before.SequenceEqual(verb)) return true;
        return false;
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
            if (line.IsCell) continue;
            if (SignedAndDated(text, line, out var signed)) underSignature ??= signed;
            if (!IsDateOnly(text, line, out var date)) continue;
            if (PreviousLineSigns(text, lines, i)) underSignature ??= date;
            else if (fromEnd) nearEnd ??= date;
        }
        return underSignature ?? nearEnd;
    }

    private static bool IsDateOnly(string text, TextLine line, out string date)
    {
        date = "";
        // Only a line that starts like a date can be one: skips the regex for nearly every line.
        if (line.Length is 0 or > 24 || !(char.IsAsciiDigit(text[line.Start]) || "〇零○二".Contains(text[line.Start]))) return false;
        if (WrittenDates.First(text, line.Start, line.Length) is not { } found) return false;
        if (found.Start != line.Start || found.End != line.End) return false;
        date = found.Date;
        return true;
    }

    /// <summary>A signature and its date on one line: 尉氏县张市镇人民政府 2022年1月20日.</summary>
    private static bool SignedAndDated(string text, TextLine line, out string date)
    {
        date = "";
        var last = text[line.End - 1];
        if (line.Length > 60 || !(last == '日' || char.IsAsciiDigit(last))) return false;
        var signature = line.In(text);
        var cut = signature.IndexOfAnyInRange('0', '9');
        var numeral = signature.IndexOfAny("〇零○二");
        if (numeral >= 0 && (cut < 0 || numeral < cut)) cut = numeral;
        if (cut <= 0 || !IsSignature(signature[..cut].TrimEnd())) return false;
        if (WrittenDates.First(text, line.Start + cut, line.Length - cut) is not { } found || found.End != line.End) return false;
        date = found.Date;
        return true;
    }

    private static bool IsSignature(ReadOnlySpan<char> content) =>
        content.Length is > 0 and <= 40 && !content.ContainsAny("。，；：") &&
        (content.EndsWith("政府") || content.EndsWith("办事处") || content.EndsWith("办公室") || content.EndsWith("委员会") || content.EndsWith("公所"));

    /// <summary>The previous non-empty line is a signature: a short name of an office, not a sentence.</summary>
    private static bool PreviousLineSigns(string text, IReadOnlyList<TextLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Length == 0) continue;
            return IsSignature(lines[i].In(text));
        }
        return false;
    }
}
