namespace ReportSearch.CorpusGen.Findings;

/// <summary>
/// One problem or measure as an idea, with its taxonomy categories and the many ways reports word it:
/// <see cref="Titles"/> are short clauses (no 。；：) that open an item, <see cref="Details"/> the sentences that may
/// follow. {W} stands for the township's 我镇/我乡/我街道, {K} for 镇/乡/街道.
/// </summary>
public sealed record FindingIdea(string Id, IReadOnlyList<string> Categories, IReadOnlyList<string> Titles, IReadOnlyList<string> Details);

/// <summary>An idea as worded in one report: which title and which detail (−1 for none).</summary>
public sealed record FindingWording(FindingIdea Idea, int Title, int Detail)
{
    public string TitleText(string self, string kind) => Fill(Idea.Titles[Title], self, kind);

    /// <param name="extended">Add the next detail too, as reports that give each item its own paragraph do.</param>
    public string DetailText(string self, string kind, bool extended = false)
    {
        if (Detail < 0) return "";
        var text = Fill(Idea.Details[Detail], self, kind);
        return extended && Idea.Details.Count > 2 ? text + Fill(Idea.Details[(Detail + 1) % Idea.Details.Count], self, kind) : text;
    }

    private static string Fill(string text, string self, string kind) => text.Replace("{W}", self).Replace("{K}", kind);
}
