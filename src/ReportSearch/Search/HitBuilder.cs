using Microsoft.Data.Sqlite;
using ReportSearch.Analysis;
using ReportSearch.Analysis.Highlighting;
using ReportSearch.Index;
using ReportSearch.Model;

namespace ReportSearch.Search;

/// <summary>
/// Turns the ids of one page of hits into <see cref="SearchHit"/>s: the stored metadata, snippets of the normalised
/// text with the query's positive terms marked (only inside the filtered sections when <c>section:</c> is given),
/// and the problem and measure items that hold a match. Its three statements are prepared once per searcher.
/// </summary>
internal sealed class HitBuilder(SqliteConnection connection, Analyzer analyzer)
{
    private readonly MatchLocator _locator = new(analyzer);
    private readonly Statement _report = new(connection, "SELECT file, township, county, city, province, year, text FROM reports WHERE id = $id");
    private readonly Statement _findings = new(connection, "SELECT list, title, start, \"end\", categories FROM findings WHERE report_id = $id ORDER BY ord");
    private readonly Statement _sections = new(connection, "SELECT kind, start, \"end\" FROM sections WHERE report_id = $id");

    public List<SearchHit> Build(IReadOnlyList<int> ids, Func<int, double> score, IReadOnlyList<QueryPhrase> phrases,
        IReadOnlyList<string> sectionKinds, SearchRequest request)
    {
        var rows = ids.Select(id => Read(id, sectionKinds)).ToArray();
        return rows.Select(row => Highlight(row, score(row.Id), phrases, sectionKinds.Count > 0, request)).ToList();
    }

    private Row Read(int id, IReadOnlyList<string> sectionKinds)
    {
        var command = _report.With(id);
        Row row;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) throw new InvalidOperationException($"report {id} vanished during the search");
            row = new Row(id, reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5), (byte[])reader.GetValue(6), [], []);
        }
        using (var reader = _findings.With(id).ExecuteReader())
            while (reader.Read())
                row.Findings.Add(new StoredFinding(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        if (sectionKinds.Count > 0)
            using (var reader = _sections.With(id).ExecuteReader())
                while (reader.Read())
                    if (sectionKinds.Contains(reader.GetString(0))) row.Sections.Add(new TextSpan(reader.GetInt32(1), reader.GetInt32(2)));
        return row;
    }

    private SearchHit Highlight(Row row, double score, IReadOnlyList<QueryPhrase> phrases, bool inSections, SearchRequest request)
    {
        var (_, text) = TextBlob.Unpack(row.Text);
        var spans = _locator.Spans(text, phrases);
        if (inSections) spans = InSections(spans, row.Sections);
        return new SearchHit(row.Id, row.File, row.Township, row.County, row.City, row.Province, row.Year, score,
            Snippets(text, spans, request), spans.Count == 0 ? [] : Findings(row.Findings, text, spans));
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

    private static List<FindingHit> Findings(List<StoredFinding> findings, string text, IReadOnlyList<TextSpan> spans)
    {
        var hits = new List<FindingHit>();
        foreach (var finding in findings)
        {
            int start = finding.Start, end = Math.Min(finding.End, text.Length);
            var inside = spans.Where(s => s.Start >= start && s.End <= end).Select(s => new TextSpan(s.Start - start, s.End - start)).ToList();
            if (inside.Count == 0) continue;
            var html = SnippetBuilder.Build(text[start..end], inside, Math.Max(1, end - start)).Html;
            hits.Add(new FindingHit(finding.List, finding.Title, html,
                ReportMasks.Names(finding.Categories, ProblemCategories.All).ToList(), start, end));
        }
        return hits;
    }

    private static List<TextSpan> InSections(IReadOnlyList<TextSpan> spans, List<TextSpan> sections) =>
        spans.Where(s => sections.Any(section => s.Start >= section.Start && s.End <= section.End)).ToList();

    /// <summary>A hit's stored row, as read on the searcher's thread.</summary>
    private sealed record Row(int Id, string File, string? Township, string? County, string? City, string? Province, int? Year,
        byte[] Text, List<StoredFinding> Findings, List<TextSpan> Sections);

    private sealed record StoredFinding(string List, string Title, int Start, int End, int Categories);

    /// <summary>A command kept for the searcher's lifetime, so SQLite prepares it once, with its one <c>$id</c> parameter.</summary>
    private sealed class Statement(SqliteConnection connection, string sql)
    {
        private SqliteCommand? _command;

        public SqliteCommand With(long id)
        {
            if (_command is null)
            {
                _command = connection.CreateCommand();
                _command.CommandText = sql;
                _command.Parameters.Add(new SqliteParameter("$id", id));
            }
            _command.Parameters[0].Value = id;
            return _command;
        }
    }
}
