using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ReportSearch.Web.Endpoints;

/// <summary>
/// CSV answers for <c>?format=csv</c>: UTF-8 with a byte-order mark (spreadsheet programs read Chinese right only
/// with it), one header row, HTML snippets turned back into plain text.
/// </summary>
public static class Csv
{
    /// <summary>Whether the caller asked for CSV.</summary>
    public static bool Wanted(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>A CSV file of <paramref name="rows"/> under <paramref name="header"/>.</summary>
    public static FileContentHttpResult File(string name, IReadOnlyList<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var field in header) csv.WriteField(field);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row) csv.WriteField(field);
                csv.NextRecord();
            }
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", name);
    }

    /// <summary>A snippet's HTML as plain text, the marks dropped.</summary>
    public static string Plain(string html) => WebUtility.HtmlDecode(html.Replace("<mark>", "").Replace("</mark>", ""));
}
