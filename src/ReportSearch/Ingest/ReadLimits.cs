namespace ReportSearch.Ingest;

/// <summary>
/// How much a <see cref="ReportFileReader"/> is willing to read: files over <see cref="MaxBytes"/> are refused before
/// they are loaded, so one stray archive in a folder cannot exhaust memory.
/// </summary>
public sealed record ReadLimits(long MaxBytes = ReadLimits.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    public static ReadLimits Default { get; } = new();
}
