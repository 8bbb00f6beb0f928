using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportSearch.Extraction.Prose;

/// <summary>
/// A count as prose writes it: 2100多条, 1650余条, 约300条, 1.6万多次, 59 条, with whether it is approximate
/// (多/余/约/近/左右/超过) and its unit.
/// </summary>
public sealed partial record StatedCount(double Value, bool Approx, string Unit, int Start, int End)
{
    /// <summary>Every count written in <paramref name="clause"/>, in order.</summary>
    public static IEnumerable<StatedCount> In(string text, Clause clause)
    {
        // Match(text, start, length) confines the search to the clause; Matches(text, start) would scan the rest of the text.
        for (var m = CountPattern().Match(text, clause.Start, clause.End - clause.Start); m.Success; m = m.NextMatch())
        {
            var value = double.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            if (m.Groups["wan"].Success) value *= 10_000;
            bool approx = m.Groups["pre"].Success || m.Groups["more"].Success || m.Groups["post"].Success;
            yield return new StatedCount(value, approx, m.Groups["unit"].Value, m.Index, m.Index + m.Length);
        }
    }

    [GeneratedRegex(@"(?<pre>约|近|超过|逾)?(?<!\d)(?<n>\d+(?:\.\d+)?)\s?(?<wan>万)?(?<more>多|余)?\s?(?<unit>条|篇|期|则|件|次|份|个|人次|人)(?<post>左右)?")]
    private static partial Regex CountPattern();
}
