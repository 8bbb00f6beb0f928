using Microsoft.Data.Sqlite;
using ReportSearch.Analysis;
using ReportSearch.Analysis.Highlighting;
using ReportSearch.Index;
using ReportSearch.Model;

namespace ReportSearch.Search;

/// <summary>
/// Turns the ids of one page of hits into <see cref="SearchHit"/>s: the stored metadata, snippets of the normalised
/// text with the query's positive terms marked (only inside the filtered sections when <c>section:</c> is given),
/// and the problem and measure items that hold a match.
/// </summary>
internal sealed class HitBuilder(SqliteConnection connection, Analyzer analyzer)
{
    private readonly Highlighter _highlighter = new(analyzer);

    public SearchHit Build(int id, double score, IReadOnlyList<QueryPhrase> phrases, IReadOnlyList<string> sectionKinds, SearchRequest request)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT file, township, county, city, province, year, text FROM reports WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new InvalidOperationException($"report {id} vanished during the search");
        var (_, text) = TextBlob.Unpack((byte[])reader.GetValue(6));

        var spans = phrases.Count == 0 ? [] : _highlighter.Spans(text, phrases);
        if (sectionKinds.Count > 0) spans = InSections(spans, Sections(id, sectionKinds));
        return new SearchHit(id, reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4),
            reader.IsDBNull(5) ? null : reader.GetInt32(5), Math.Round(score, 4),
            Snippets(text, spans, request), spans.Count == 0 ? [] : Findings(id, text, spans));
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static List<string> Snippets(string text, IReadOnlyList<TextSpan> spans, SearchRequest request)
    {
        var snippets = new List<string>();
        var left = spans;
        do
        {
            var snippet = SnippetBuilder.Build(text, left, request.SnippetLength);
            snippets.Add(snippet.Html);
            left = left.Where(s => s.End <= snippet.Start || s.Start >= snippet.End).ToList();
        } while (left.Count > 0 && snippets.Count < request.MaxSnippets);
        return snippets;
    }

    private List<FindingHit> Findings(int id, string text, IReadOnlyList<TextSpan> spans)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT list, title, start, \"end\", categories FROM findings WHERE report_id = $id ORDER BY ord";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var hits = new List<FindingHit>();
        while (reader.Read())
        {
            int start = reader.GetInt32(2), end = Math.Min(reader.GetInt32(3), text.Length);
            var inside = spans.Where(s => s.Start >= start && s.End <= end).Select(s => new TextSpan(s.Start - start, s.End - start)).ToList();
            if (inside.Count == 0) continue;
            var html = SnippetBuilder.Build(text[start..end], inside, Math.Max(1, end - start)).Html;
            hits.Add(new FindingHit(reader.GetString(0), reader.GetString(1), html,
                ReportMasks.Names(reader.GetInt32(4), ProblemCategories.All).ToList(), start, end));
        }
        return hits;
    }

    private List<TextSpan> Sections(int id, IReadOnlyList<string> kinds)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, start, \"end\" FROM sections WHERE report_id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var sections = new List<TextSpan>();
        while (reader.Read())
            if (kinds.Contains(reader.GetString(0))) sections.Add(new TextSpan(reader.GetInt32(1), reader.GetInt32(2)));
        return sections;
    }

    private static List<TextSpan> InSections(IReadOnlyList<TextSpan> spans, List<TextSpan> sections) =>
        spans.Where(s => sections.Any(section => s.Start >= section.Start && s.End <= section.End)).ToList();
}
