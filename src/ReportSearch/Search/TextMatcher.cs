using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Query;

namespace ReportSearch.Search;

/// <summary>
/// Runs the text part of a query on the FTS5 table: the report ids that match with their bm25 score (negated, so
/// higher is better), with <c>section:</c> filters as column filters (every named section must hold the text).
/// </summary>
internal sealed class TextMatcher(SqliteConnection connection)
{
    private static readonly string Weights = string.Join(", ", FtsLayout.Weights.Select(w => w.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Matching ids with scores, or null when the text part selects no rows by itself (filters only, or exclusions only).</summary>
    public Dictionary<int, double>? Include(FtsMatch match, IReadOnlyList<string> sectionKinds)
    {
        if (match.Include is null) return null;
        Dictionary<int, double>? result = null;
        foreach (var kind in sectionKinds.Count == 0 ? [null] : sectionKinds.Cast<string?>())
        {
            var scores = Scores(FtsLayout.Rewrite(match.Include, kind));
            if (result is null) result = scores;
            else result = result.Where(p => scores.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value + scores[p.Key]);
        }
        return result;
    }

    /// <summary>The ids an exclusion-only text part leaves out (empty when it has none).</summary>
    public HashSet<int> Excluded(FtsMatch match, IReadOnlyList<string> sectionKinds)
    {
        var excluded = new HashSet<int>();
        if (match.Exclude is null) return excluded;
        foreach (var kind in sectionKinds.Count == 0 ? [null] : sectionKinds.Cast<string?>())
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid FROM {IndexSchema.FtsTable} WHERE {IndexSchema.FtsTable} MATCH $m";
            command.Parameters.AddWithValue("$m", FtsLayout.Rewrite(match.Exclude, kind));
            using var reader = command.ExecuteReader();
            while (reader.Read()) excluded.Add((int)reader.GetInt64(0));
        }
        return excluded;
    }

    private Dictionary<int, double> Scores(string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, bm25({IndexSchema.FtsTable}, {Weights}) FROM {IndexSchema.FtsTable} WHERE {IndexSchema.FtsTable} MATCH $m";
        command.Parameters.AddWithValue("$m", match);
        using var reader = command.ExecuteReader();
        var scores = new Dictionary<int, double>();
        while (reader.Read()) scores[(int)reader.GetInt64(0)] = -reader.GetDouble(1);
        return scores;
    }
}
