using System.Text;
using ReportSearch.CorpusGen.Randomness;
using ReportSearch.Model;

namespace ReportSearch.CorpusGen.Findings;

/// <summary>Section 五's body as written, the 下步打算 block some reports put under 六 instead, and the items' truth.</summary>
public sealed record FindingsOutput(string Section, string? PlanForOther, IReadOnlyList<Finding> Problems, IReadOnlyList<Finding> Measures);

/// <summary>
/// Writes problems and measures in a township's <see cref="FindingsStyle"/> and records each item's truth: its
/// title (the words up to the first 。；：) and its exact text as it appears in the file.
/// </summary>
public static class FindingsText
{
    public static FindingsOutput Write(
        FindingsStyle style, IReadOnlyList<FindingWording> problems, IReadOnlyList<FindingWording> measures,
        string self, string kind, int year, Rng rng)
    {
        string Fill(string s) => s.Replace("{W}", self).Replace("{Y}", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var sb = new StringBuilder();
        var gap = style.BlankLinesBetweenItems ? "\n\n" : "\n";
        var heads = FindingsPhrases.Subsections[style.ProblemIntro % FindingsPhrases.Subsections.Count];

        var problemIntro = style.Subsections ? 3 + style.ProblemIntro % 2 : style.ProblemIntro;
        var measureIntro = style.Subsections ? 3 + style.MeasureIntro % 3 : style.MeasureIntro;
        if (style.Subsections) sb.Append(heads.Problems).Append('\n');
        var problemTruth = style.ProblemsInline
            ? Inline(sb, problems, style.ProblemMarker, style.SemicolonsBetweenProblems, Fill(FindingsPhrases.InlineProblemIntros[problemIntro]), self, kind)
            : Paragraphs(sb, problems, style.ProblemMarker, Fill(FindingsPhrases.ProblemIntros[style.ProblemIntro]), gap, self, kind);
        if (!style.ProblemsInline && rng.Chance(0.2))
            sb.Append(gap).Append(Fill(rng.Pick(FindingsPhrases.ProblemClosings)));
        TrimNewlines(sb);
        sb.Append(gap);

        var measureText = new StringBuilder();
        if (style.Subsections) measureText.Append(heads.Measures).Append('\n');
        var measureTruth = style.MeasuresInline
            ? Inline(measureText, measures, style.MeasureMarker, style.SemicolonsBetweenProblems, Fill(FindingsPhrases.InlineMeasureIntros[measureIntro]), self, kind)
            : Paragraphs(measureText, measures, style.MeasureMarker, Fill(style.MeasuresInOther ? "下步打算" : FindingsPhrases.MeasureIntros[style.MeasureIntro]), gap, self, kind);

        if (style.MeasuresInOther) return new FindingsOutput(sb.ToString().TrimEnd('\n') + "\n", measureText.ToString().TrimEnd('\n') + "\n", problemTruth, measureTruth);
        sb.Append(measureText);
        return new FindingsOutput(sb.ToString().TrimEnd('\n') + "\n", null, problemTruth, measureTruth);
    }

    /// <summary>All items in one paragraph after the intro: 一是…；二是…。 or ⑴…。(2）…。</summary>
    private static List<Finding> Inline(StringBuilder sb, IReadOnlyList<FindingWording> items, ItemMarker marker, bool semicolons, string intro, string self, string kind)
    {
        var truth = new List<Finding>();
        sb.Append(intro);
        semicolons &= marker == ItemMarker.YiShi;
        for (var i = 0; i < items.Count; i++)
        {
            var title = items[i].TitleText(self, kind);
            string text;
            if (semicolons)
            {
                text = title;
                sb.Append(FindingsStyle.Marker(marker, i)).Append(text).Append(i == items.Count - 1 ? "。" : "；");
            }
            else
            {
                var detail = items[i].DetailText(self, kind);
                // A detail with its own 一是 would read as further items inside one paragraph.
                text = detail.Length == 0 || detail.Contains("一是", StringComparison.Ordinal) ? title + "。" : title + "。" + detail;
                sb.Append(FindingsStyle.Marker(marker, i)).Append(text);
            }
            truth.Add(Truth(items[i], title, text));
        }
        sb.Append('\n');
        return truth;
    }

    /// <summary>The intro on its own line, then one item per paragraph behind its marker.</summary>
    private static List<Finding> Paragraphs(StringBuilder sb, IReadOnlyList<FindingWording> items, ItemMarker marker, string intro, string gap, string self, string kind)
    {
        var truth = new List<Finding>();
        if (intro.Length > 0) sb.Append(intro).Append(gap);
        for (var i = 0; i < items.Count; i++)
        {
            var title = items[i].TitleText(self, kind);
            var detail = items[i].DetailText(self, kind, extended: true);
            var text = detail.Length == 0 ? title + "。" : title + "。" + detail;
            sb.Append(FindingsStyle.Marker(marker, i)).Append(text).Append(i == items.Count - 1 ? "\n" : gap);
            truth.Add(Truth(items[i], title, text));
        }
        return truth;
    }

    private static void TrimNewlines(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == '\n') sb.Length--;
    }

    private static Finding Truth(FindingWording item, string title, string text) =>
        new(title, text, item.Idea.Categories, 0, 0);
}
