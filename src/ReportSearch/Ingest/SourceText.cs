namespace ReportSearch.Ingest;

/// <summary>
/// The decoded text of one report file, before normalisation: where it came from, the SHA-256 of its bytes (hex,
/// lower case), its format ("txt", "docx" or "html"), the encoding its bytes were read in ("utf-8", "utf-16le",
/// "utf-16be", "gb18030", ...), and the text in the project's layout (a paragraph per line; a table row as one
/// "\t"-prefixed line per cell followed by an empty line).
/// </summary>
public sealed record SourceText(string File, string Sha256, string Format, string Encoding, string Raw);
