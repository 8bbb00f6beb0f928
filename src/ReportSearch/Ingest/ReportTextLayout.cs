using System.Text;

namespace ReportSearch.Ingest;

/// <summary>
/// Writes text in the layout every reader produces, the layout of the seed reports: a paragraph is a line; a table
/// row is each cell as <c>"\t" + text + "\n"</c> (a cell's own paragraphs joined by "\n") followed by one empty line.
/// The .docx and .html readers both write through it, so the two formats cannot drift apart.
/// </summary>
internal sealed class ReportTextLayout
{
    private readonly StringBuilder _text = new();

    public int Length => _text.Length;

    public void Paragraph(string text) => _text.Append(text).Append('\n');

    public void Cell(string text) => _text.Append('\t').Append(text).Append('\n');

    // The .docx reader builds its lines in a StringBuilder: appended from there, no string is made for each.
    public void Paragraph(StringBuilder text) => _text.Append(text).Append('\n');

    public void Cell(StringBuilder text) => _text.Append('\t').Append(text).Append('\n');

    public void EndRow() => _text.Append('\n');

    public override string ToString() => _text.ToString();
}
