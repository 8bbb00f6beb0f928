using System.Globalization;
using System.Text;

namespace ReportSearch.CorpusGen.Randomness;

/// <summary>
/// Derives a 64-bit seed from the corpus seed and a path of names (township code, year, purpose) with FNV-1a,
/// which, unlike <see cref="string.GetHashCode()"/>, is the same in every process.
/// </summary>
public static class SeedMix
{
    public static ulong Of(ulong seed, params object[] parts)
    {
        var hash = 14695981039346656037UL ^ seed;
        hash *= 1099511628211UL;
        foreach (var part in parts)
        {
            var text = Convert.ToString(part, CultureInfo.InvariantCulture) ?? "";
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                hash ^= b;
                hash *= 1099511628211UL;
            }
            hash ^= 0xFF; // separator, so ("ab","c") differs from ("a","bc")
            hash *= 1099511628211UL;
        }
        return hash;
    }

    /// <summary>A stable hexadecimal id of 16 digits for the same inputs.</summary>
    public static string HexId(ulong seed, params object[] parts)
    {
        var x = Of(seed, parts);
        x = (x ^ (x >> 33)) * 0xFF51AFD7ED558CCDUL;
        x = (x ^ (x >> 33)) * 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x.ToString("x16", CultureInfo.InvariantCulture);
    }
}
