using System.Buffers;

namespace ReportSearch.Ingest.Normalization;

/// <summary>
/// Turns decoded report text into the normalised text that every offset of a <c>Report</c> points into. The steps run
/// in a fixed order, each one pass over the text; the result is deterministic and idempotent
/// (<c>Normalize(Normalize(x)) == Normalize(x)</c>).
/// </summary>
public sealed class TextNormalizer
{
    private readonly INormalizationStep[] _steps;

    public TextNormalizer(IEnumerable<INormalizationStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = steps.ToArray();
    }

    /// <summary>The project's chain: line breaks and invisible characters, converter artifacts, full width, spaces, punctuation.</summary>
    public static TextNormalizer Default { get; } = new(
    [
        new LineBreakAndControlStep(),
        new ConverterArtifactStep(),
        new FullWidthStep(),
        new SpaceStep(),
        new PunctuationStep(),
    ]);

    public IReadOnlyList<INormalizationStep> Steps => _steps;

    public string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Length == 0 || _steps.Length == 0) return raw;

        // Two buffers used in turn: each step reads the one the previous step wrote. They live only for this call,
        // so they come from the shared pool (thread-safe) instead of being allocated per report.
        using var first = CharBuffer.Rent(ArrayPool<char>.Shared, raw.Length + raw.Length / 8 + 16);
        using var second = CharBuffer.Rent(ArrayPool<char>.Shared, raw.Length + raw.Length / 8 + 16);
        var (front, back) = (first, second);
        ReadOnlySpan<char> current = raw;
        foreach (var step in _steps)
        {
            front.Clear();
            step.Apply(current, front);
            current = front.Span;
            (front, back) = (back, front);
        }
        return current.SequenceEqual(raw) ? raw : current.ToString();
    }
}
