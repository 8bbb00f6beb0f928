using System.Text.RegularExpressions;
using ReportSearch.Divisions;

namespace ReportSearch.Extraction.Metadata;

/// <summary>
/// The issuing body as the text writes it (尉氏县张市镇人民政府, 企水镇人民政府, 某某街道办事处), where it was
/// found, and which of the division names it is made of. <see cref="Township"/> is the index of the township's
/// mention in the finder's list, -1 when the township is not in the division list.
/// </summary>
internal sealed record IssuingBody(string Text, int Start, int End, int FirstMention, int Township);

/// <summary>
/// Finds the issuing body: a run of division names ending in a township, followed by 人民政府 / 政府 /
/// 办事处. The title and the page's own labels (发布机构：) win over a signature line, which wins over the
/// preamble and the rest of the prose, where other governments are mentioned too.
/// </summary>
internal static partial class IssuingBodyFinder
{
    private static readonly string[] Organs = ["人民政府", "政府"];
    private static readonly string[] Labels = ["发布机构：", "发布机关：", "发文机关：", "信息来源：", "来源：", "发布单位：", "成文单位：", "公开主体："];

    // A township the list does not know, as a title or signature line writes it: 某某镇人民政府…
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,14}?(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处)")]
    private static partial Regex UnlistedBody();

    public static IssuingBody? Find(string text, ReportLayout layout, IReadOnlyList<NameMention> mentions)
    {
        var candidates = new List<(IssuingBody Body, int Rank)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!HasLevel(m, DivisionLevel.Township)) continue;
            var organ = OrganLength(text, m);
            if (organ < 0) continue;
            var first = i;
            while (first > 0 && mentions[first - 1].End == mentions[first].Start && HasLevelAbove(mentions[first - 1], DivisionLevel.Township))
                first--;
            var start = mentions[first].Start;
            var end = m.End + organ;
            candidates.Add((new IssuingBody(text[start..end], start, end, first, i), Rank(text, layout, start, end)));
        }
        AddUnlisted(text, layout, candidates);
        if (candidates.Count == 0) return null;

        var best = candidates.Min(c => c.Rank);
        var top = candidates.Where(c => c.Rank == best).Select(c => c.Body).ToList();
        // Prose far from the title mentions other townships' governments: use it only when it names just one.
        if (best == (int)BodyRank.Prose && top.Select(TownshipWritten).Distinct().Count() > 1) return null;
        return top.OrderByDescending(b => b.Text.Length).ThenBy(b => b.Start).First();

        string TownshipWritten(IssuingBody b) => b.Township >= 0 ? mentions[b.Township].Name.Written : b.Text;
    }

    private enum BodyRank { Title, Labelled, Signature, Head, Preamble, Tail, Prose }

    private static int Rank(string text, ReportLayout layout, int start, int end)
    {
        var line = layout.Lines[layout.LineAt(start)];
        var zone = layout.ZoneOf(start);
        var lineText = line.In(text);
        if (IsLabelled(text, line, start)) return (int)BodyRank.Labelled;
        var standalone = start == line.Start && IsDateOrNothing(text.AsSpan(end, line.End - end));
        if (zone == EvidenceZone.Head && (standalone || IsTitleLine(lineText))) return (int)BodyRank.Title;
        if (standalone) return (int)BodyRank.Signature;
        return zone switch
        {
            EvidenceZone.Head => (int)BodyRank.Head,
            EvidenceZone.Preamble => (int)BodyRank.Preamble,
            EvidenceZone.Tail => (int)BodyRank.Tail,
            _ => (int)BodyRank.Prose,
        };
    }

    public static bool IsTitleLine(ReadOnlySpan<char> line) =>
        line.Contains("报告", StringComparison.Ordinal) || line.Contains("信息公开", StringComparison.Ordinal) || line.Contains("年报", StringComparison.Ordinal);

    /// <summary>Whether the line (or the body itself) is a signature or chrome line that names the issuer outright.</summary>
    public static bool IsStandaloneOrLabelled(string text, ReportLayout layout, int start, int end)
    {
        var line = layout.Lines[layout.LineAt(start)];
        return IsLabelled(text, line, start) || (start == line.Start && IsDateOrNothing(text.AsSpan(end, Math.Max(0, line.End - end))));
    }

    private static bool IsLabelled(string text, TextLine line, int start)
    {
        var before = text.AsSpan(line.Start, start - line.Start).TrimEnd();
        foreach (var label in Labels)
            if (before.EndsWith(label, StringComparison.Ordinal) || before.EndsWith(label[..^1] + ":", StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsDateOrNothing(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
            if (!(char.IsWhiteSpace(c) || char.IsAsciiDigit(c) || "年月日-./〇零一二三四五六七八九十".Contains(c))) return false;
        return true;
    }

    private static void AddUnlisted(string text, ReportLayout layout, List<(IssuingBody Body, int Rank)> candidates)
    {
        var lines = layout.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i >= layout.HeadLineCount && lines[i].Start < layout.TailStart) continue;
            var line = lines[i];
            var content = line.In(text);
            var offset = 0;
            foreach (var label in Labels)
            {
                var at = content.IndexOf(label, StringComparison.Ordinal);
                if (at >= 0) { offset = at + label.Length; break; }
            }
            var match = UnlistedBody().Match(text, line.Start + offset, line.Length - offset);
            if (!match.Success || "我本全该各此贵".Contains(match.Value[0])) continue;
            var start = match.Index;
            var end = match.Index + match.Length;
            if (candidates.Any(c => c.Body.End == end)) continue; // a listed township already read it
            candidates.Add((new IssuingBody(match.Value, start, end, -1, -1), Rank(text, layout, start, end)));
        }
    }

    private static int OrganLength(string text, NameMention m)
    {
        var after = text.AsSpan(m.End);
        if (m.Name.Written.EndsWith("办事处", StringComparison.Ordinal)) return 0;
        if (m.Name.Written.EndsWith("街道", StringComparison.Ordinal) && after.StartsWith("办事处", StringComparison.Ordinal)) return 3;
        foreach (var organ in Organs)
            if (after.StartsWith(organ, StringComparison.Ordinal)) return organ.Length;
        return -1;
    }

    public static bool HasLevel(NameMention m, DivisionLevel level)
    {
        foreach (var d in m.Name.Divisions)
            if (d.Level == level) return true;
        return false;
    }

    public static bool HasLevelAbove(NameMention m, DivisionLevel level)
    {
        foreach (var d in m.Name.Divisions)
            if (d.Level < level) return true;
        return false;
    }
}
