using ReportSearch.Query;

namespace ReportSearch.Tests.Query;

/// <summary>
/// An analyzer for builder tests: words are the text itself (lower-cased, as the index folds Latin), grams are the
/// overlapping bigrams computed here, and a single character gives itself.
/// </summary>
internal sealed class FakeQueryAnalyzer : IQueryAnalyzer
{
    public IReadOnlyList<string> Words(string text) => [text.ToLowerInvariant()];

    public IReadOnlyList<string> Grams(string text)
    {
        var characters = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        if (characters.Count == 1) return characters;
        return Enumerable.Range(0, characters.Count - 1).Select(i => characters[i] + characters[i + 1]).ToList();
    }
}
