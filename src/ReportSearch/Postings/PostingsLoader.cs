using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReportSearch.Postings;

/// <summary>
/// Reads what a <see cref="PostingsSnapshot"/> is made of from an index file: each report's content version, the
/// terms (all, or those added after a given id), and segments of report postings blobs. Called inside one read
/// transaction, so the parts agree.
/// </summary>
internal static class PostingsLoader
{
    /// <summary>Report id → content version (the SHA-256's first 64 bits; never 0 for a report).</summary>
    public static long[] Versions(SqliteConnection connection)
    {
        var versions = new long[MaxReportId(connection) + 1];
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, substr(sha256, 1, 15) FROM reports";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // 15 hex digits fit a positive long; the 1 bit keeps an all-zero hash from reading as 'absent'.
            var hex = reader.IsDBNull(1) ? "0" : reader.GetString(1);
            versions[reader.GetInt64(0)] = (long.TryParse(hex, NumberStyles.HexNumber, null, out var v) ? v << 1 : 0) | 1;
        }
        return versions;
    }

    private static int MaxReportId(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(id), 0) FROM reports";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    /// <summary>The terms with ids above <paramref name="afterId"/>, in code point order.</summary>
    public static List<(int Id, string Term)> Terms(SqliteConnection connection, int afterId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, term FROM terms WHERE id > $after ORDER BY term";
        command.Parameters.AddWithValue("$after", afterId);
        using var reader = command.ExecuteReader();
        var terms = new List<(int, string)>();
        while (reader.Read()) terms.Add(((int)reader.GetInt64(0), reader.GetString(1)));
        return terms;
    }

    /// <summary>Whether the file's term dictionary is the one <paramref name="lexicon"/> was read from (terms are only ever added).</summary>
    public static bool SameDictionary(SqliteConnection connection, TermLexicon lexicon)
    {
        if (lexicon.LastTerm is null) return true;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term FROM terms WHERE id = $id";
        command.Parameters.AddWithValue("$id", lexicon.MaxId);
        return command.ExecuteScalar() as string == lexicon.LastTerm;
    }

    /// <summary>Every report's postings, in report id order.</summary>
    public static IEnumerable<PostingsSegmentBuilder.StoredBlob> All(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT report_id, terms FROM report_terms ORDER BY report_id";
        foreach (var blob in Read(command)) yield return blob;
    }

    /// <summary>The postings of the given reports (ascending ids); reports without postings are skipped.</summary>
    public static IEnumerable<PostingsSegmentBuilder.StoredBlob> Some(SqliteConnection connection, IReadOnlyList<int> ids)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT report_id, terms FROM report_terms WHERE report_id = $id";
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        foreach (var reportId in ids)
        {
            id.Value = reportId;
            foreach (var blob in Read(command)) yield return blob;
        }
    }

    // The blob is read into one reused buffer: a report's bytes are copied once, not allocated anew.
    private static IEnumerable<PostingsSegmentBuilder.StoredBlob> Read(SqliteCommand command)
    {
        var buffer = new byte[64 * 1024];
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var length = (int)reader.GetBytes(1, 0, null, 0, 0);
            if (length > buffer.Length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
            reader.GetBytes(1, 0, buffer, 0, length);
            yield return new PostingsSegmentBuilder.StoredBlob((int)reader.GetInt64(0), buffer, length);
        }
    }
}
