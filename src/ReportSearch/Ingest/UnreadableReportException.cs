namespace ReportSearch.Ingest;

/// <summary>
/// A report file that cannot be read as a report (empty, binary, too large, damaged, or in an unsupported format).
/// <see cref="Exception.Message"/> is one line, "&lt;file&gt;: &lt;reason&gt;", fit to show to the user as it is.
/// </summary>
public sealed class UnreadableReportException : Exception
{
    public UnreadableReportException(string file, string reason, Exception? inner = null)
        : base(file + ": " + reason, inner)
    {
        File = file;
        Reason = reason;
    }

    public string File { get; }

    /// <summary>Why the file cannot be read, one line, without the file name.</summary>
    public string Reason { get; }
}
