namespace ReportSearch.CorpusGen.Formats;

/// <summary>One piece of a report as the writers see it: a paragraph, or a table.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph: one line of the report text (possibly empty).</summary>
public sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>A table: rows of cells; a cell holds one or more lines (its paragraphs).</summary>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Rows) : ReportBlock
{
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);
}

/// <summary>
/// Reads report text in the seeds' layout back into paragraphs and tables. A line starting with "\t" opens a cell
/// and the lines after it without a tab continue that cell, until an empty line ends the row; consecutive rows form
/// one table. A line that holds a tab anywhere else (seed 004's <c>规章\t0\t0\t0</c>, or <c>\t\t自然人\t…</c>) is a whole
/// row, its cells split at the tabs. Every other line is a paragraph.
/// </summary>
public static class ReportBlocks
{
    public static IReadOnlyList<ReportBlock> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        var blocks = new List<ReportBlock>();
        var rows = new List<IReadOnlyList<IReadOnlyList<string>>>();
        List<IReadOnlyList<string>>? row = null;
        List<string>? cell = null;

        void EndRow()
        {
            if (row is null) return;
            rows.Add(row);
            row = null;
            cell = null;
        }

        void EndTable()
        {
            EndRow();
            if (rows.Count == 0) return;
            blocks.Add(new TableBlock(rows.ToList()));
            rows.Clear();
        }

        for (var i = 0; i < count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (IsTabRow(line))
            {
                EndRow();
                rows.Add(line.Split('\t').Select(c => (IReadOnlyList<string>)[c]).ToList());
            }
            else if (line.StartsWith('\t'))
            {
                row ??= [];
                cell = [line[1..]];
                row.Add(cell);
            }
            else if (cell is not null)
            {
                if (line.Length == 0) EndRow();
                else cell.Add(line);
            }
            else
            {
                EndTable();
                blocks.Add(new ParagraphBlock(line));
            }
        }
        EndTable();
        return blocks;
    }

    private static bool IsTabRow(string line)
    {
        var tab = line.IndexOf('\t');
        return tab > 0 || (tab == 0 && line.IndexOf('\t', 1) > 0);
    }
}
