using ReportSearch.Model;

namespace ReportSearch.Extraction.Prose;

/// <summary>
/// Yields the clauses of a report's prose: sections that can state counts (not the tables' cells, not the appendix,
/// not the problems), split at Chinese clause and sentence punctuation. Each clause knows its sentence, because a
/// channel or verb named earlier in the sentence often governs a later clause's number.
/// </summary>
public sealed class ProseClauses
{
    private static readonly HashSet<string> ProseKinds =
        [SectionKinds.Preamble, SectionKinds.Overview, SectionKinds.Proactive, SectionKinds.Requests, SectionKinds.Other];

    /// <summary>Sentences (split at 。；！？ and line ends), each as the list of its clauses (split at ，).</summary>
    public IEnumerable<IReadOnlyList<Clause>> Sentences(string text, IReadOnlyList<Section> sections)
    {
        foreach (var section in sections)
        {
            if (!ProseKinds.Contains(section.Kind)) continue;
            int lineStart = section.Start;
            while (lineStart < section.End)
            {
                int nl = text.IndexOf('\n', lineStart, section.End - lineStart);
                int lineEnd = nl < 0 ? section.End : nl;
                // Lines holding tabs are table cells or rows.
                if (text.IndexOf('\t', lineStart, lineEnd - lineStart) < 0)
                    foreach (var sentence in SplitLine(text, lineStart, lineEnd))
                        yield return sentence;
                lineStart = lineEnd + 1;
            }
        }
    }

    private static IEnumerable<IReadOnlyList<Clause>> SplitLine(string text, int start, int end)
    {
        var clauses = new List<Clause>();
        int clauseStart = start;
        for (int i = start; i <= end; i++)
        {
            char c = i < end ? text[i] : '。';
            if (c is '，' or '。' or '；' or '！' or '？')
            {
                if (i > clauseStart) clauses.Add(new Clause(clauseStart, i));
                clauseStart = i + 1;
                if (c != '，' && clauses.Count > 0)
                {
                    yield return clauses;
                    clauses = [];
                }
            }
        }
    }
}
