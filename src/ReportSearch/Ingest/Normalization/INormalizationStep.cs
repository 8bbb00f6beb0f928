namespace ReportSearch.Ingest.Normalization;

/// <summary>
/// One step of the normalisation chain: reads the whole text as the previous step left it and writes the next version
/// in a single forward pass. A step must be deterministic and must leave its own output unchanged when applied again.
/// </summary>
public interface INormalizationStep
{
    void Apply(ReadOnlySpan<char> input, CharBuffer output);
}
