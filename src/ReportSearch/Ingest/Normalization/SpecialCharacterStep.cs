using System.Buffers;

namespace ReportSearch.Ingest.Normalization;

/// <summary>
/// A normalisation step that changes only a few characters: text between them is copied in bulk (a vectorised
/// search finds the next one), and each one found is handed to <see cref="Rewrite"/>.
/// </summary>
public abstract class SpecialCharacterStep : INormalizationStep
{
    private readonly SearchValues<char> _special;

    protected SpecialCharacterStep(string specialCharacters) => _special = SearchValues.Create(specialCharacters);

    public void Apply(ReadOnlySpan<char> input, CharBuffer output)
    {
        var i = 0;
        while (i < input.Length)
        {
            var found = input[i..].IndexOfAny(_special);
            if (found < 0)
            {
                output.Append(input[i..]);
                return;
            }
            output.Append(input.Slice(i, found));
            i = Rewrite(input, i + found, output);
        }
    }

    /// <summary>Writes what the special character at <paramref name="at"/> becomes; returns the index after what it consumed (at least at + 1).</summary>
    protected abstract int Rewrite(ReadOnlySpan<char> input, int at, CharBuffer output);
}
