namespace ReportSearch.Index;

/// <summary>The index file cannot be used: missing, locked, not an index, or of another schema. The message is one line naming the file.</summary>
public sealed class IndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
