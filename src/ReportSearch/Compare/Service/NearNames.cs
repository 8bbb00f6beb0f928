namespace ReportSearch.Compare.Service;

/// <summary>
/// Suggestions for a name that is not in the index: names sharing the most characters with it (Dice over
/// character sets, a shared first character counting extra since township names differ mostly at the end).
/// </summary>
public static class NearNames
{
    public static IReadOnlyList<string> Rank(string name, IEnumerable<string> names, int count = 5)
    {
        var wanted = name.ToHashSet();
        return names
            .Select(n => (Name: n, Score: Score(name, wanted, n)))
            .Where(x => x.Score > 0.3)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(count).Select(x => x.Name).ToList();
    }

    private static double Score(string name, HashSet<char> wanted, string candidate)
    {
        var shared = candidate.Distinct().Count(wanted.Contains);
        var dice = 2.0 * shared / (wanted.Count + candidate.Distinct().Count());
        return dice + (name.Length > 0 && candidate.Length > 0 && name[0] == candidate[0] ? 0.2 : 0);
    }
}
