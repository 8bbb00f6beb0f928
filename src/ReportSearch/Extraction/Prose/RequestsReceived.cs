using System.Globalization;
using System.Text.RegularExpressions;
using ReportSearch.Model;

namespace ReportSearch.Extraction.Prose;

/// <summary>
/// Reads <c>requests.received</c>: the number of disclosure applications the prose says were received
/// (收到…申请16件), or 0 when it says none were (未收到…申请, 全年无信息公开申请). Absent when the prose is silent.
/// </summary>
public sealed partial class RequestsReceived
{
    public Metric? Read(string text, IEnumerable<IReadOnlyList<Clause>> sentences)
    {
        foreach (var sentence in sentences)
        {
            foreach (var clause in sentence)
            {
                var span = clause.In(text);
                if (span.IndexOf("申请", StringComparison.Ordinal) < 0) continue;
                var quote = text[clause.Start..clause.End];
                var count = Received().Match(quote);
                if (count.Success)
                    return new Metric("requests.received", double.Parse(count.Groups["n"].ValueSpan, CultureInfo.InvariantCulture),
                        false, "件", Metric.FromText, quote, clause.Start, clause.End);
                if (NoneReceived().IsMatch(quote))
                    return new Metric("requests.received", 0, false, "件", Metric.FromText, quote, clause.Start, clause.End);
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?:收到|受理|接到|接收|办理)[^。；\d]{0,25}?申请[^。；\d]{0,8}?(?<n>\d+)\s?(?:件|条|个|份|宗|项)")]
    private static partial Regex Received();

    [GeneratedRegex(@"(?:未|没有)(?:收到|受理|接到|接收|发生)[^。；]{0,20}申请|(?:^|[年度内])(?:无|没有)[^。；，]{0,12}申请|申请(?:数量|数)?为\s?0(?!\d)|申请0件")]
    private static partial Regex NoneReceived();
}
