namespace ReportSearch.Query;

/// <summary>Walks a query tree for the terms and phrases that are searched for, skipping excluded parts.</summary>
internal static class PositiveTermCollector
{
    public static IReadOnlyList<string> Collect(QueryNode? root)
    {
        var found = new List<string>();
        if (root is not null) Walk(root, found);
        return found;
    }

    private static void Walk(QueryNode node, List<string> found)
    {
        switch (node)
        {
            case TermNode term: AddOnce(term.Text, found); break;
            case PhraseNode phrase: AddOnce(phrase.Text, found); break;
            case AndNode and: foreach (var child in and.Children) Walk(child, found); break;
            case OrNode or: foreach (var child in or.Children) Walk(child, found); break;
            // An excluded word never occurs in a matching report: nothing to highlight.
            case NotNode: break;
        }
    }

    private static void AddOnce(string text, List<string> found)
    {
        if (!found.Contains(text)) found.Add(text);
    }
}
