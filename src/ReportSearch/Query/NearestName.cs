namespace ReportSearch.Query;

/// <summary>Finds the known name a mistyped one was probably meant to be (staff → staffing), for error messages.</summary>
internal static class NearestName
{
    /// <summary>The closest of <paramref name="names"/> within a few edits of <paramref name="typed"/>, or null.</summary>
    public static string? Find(string typed, IEnumerable<string> names)
    {
        var allowed = Math.Max(1, typed.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            // A prefix is what people type when they do not remember the whole name.
            var distance = name.StartsWith(typed, StringComparison.Ordinal) && typed.Length >= 3 ? 1 : Distance(typed, name);
            if (distance <= allowed && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    // Edit distance where swapping two neighbours (yaer → year) is one edit, as typing slips are.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }

    /// <summary>" (did you mean 'x'?)" when a near name exists, else empty.</summary>
    public static string Hint(string typed, IEnumerable<string> names) =>
        Find(typed, names) is { } near ? $" (did you mean '{near}'?)" : "";
}
